import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_LOCALE } from '../i18n/locales';
import { sourceHash } from './contentFiles';
import { PAGE_FOLDERS, pagesFromDisk } from './routesFromDisk';

/** The body of an MDX file: everything after its frontmatter. */
export function mdxBody(text: string): string {
  return text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, '');
}

export interface TranslationState {
  readonly file: string;
  readonly locale: string;
  readonly slug: string;
  readonly state: 'current' | 'stale';
  /** Hash of the English source today, to copy into `sourceHash` after updating the translation. */
  readonly englishHash: string;
}

/**
 * Compares every translation's `sourceHash` with the hash of its English source today.
 * A translation is stale when the English page changed after it was made.
 * @example translationStates('content').filter((t) => t.state === 'stale')
 */
export function translationStates(contentDir: string): TranslationState[] {
  const states: TranslationState[] = [];
  for (const { folder, prefix } of PAGE_FOLDERS) {
    const pages = pagesFromDisk(contentDir, folder, prefix);
    const english = new Map(pages.filter((p) => p.locale === DEFAULT_LOCALE).map((p) => [p.slug, p]));
    for (const page of pages.filter((p) => p.locale !== DEFAULT_LOCALE)) {
      const source = english.get(page.slug);
      if (!source) continue; // the route table reports orphans
      const englishHash = sourceHash(mdxBody(readFileSync(source.filePath, 'utf8')));
      const recorded = /\nsourceHash:\s*['"]?([0-9a-f]{12})/.exec(readFileSync(page.filePath, 'utf8'))?.[1];
      states.push({
        file: join(page.filePath),
        locale: page.locale,
        slug: page.slug,
        state: recorded === englishHash ? 'current' : 'stale',
        englishHash,
      });
    }
  }
  return states;
}
