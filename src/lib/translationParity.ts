import { readFileSync } from 'node:fs';
import { DEFAULT_LOCALE } from '../i18n/locales';
import { withoutImports } from './contentFiles';
import { parseYaml } from './dataFile';
import { PAGE_FOLDERS, pagesFromDisk } from './routesFromDisk';

/** Component attributes that name what a component shows; they must match between languages. */
const IDENTIFYING_ATTRIBUTES = ['id', 'section', 'date', 'tone'] as const;

/** What a page must keep in every language: its sources, advice note, components and headings. */
export interface PageShape {
  /** Source ids from the frontmatter `sources` list, in file order. */
  readonly sources: readonly string[];
  /** The frontmatter `advice` value (which not-advice note the page shows), or null. */
  readonly advice: string | null;
  /** Each component use as `Name` plus its identifying attributes, e.g. `<Call id="lifeline-988">`. */
  readonly components: readonly string[];
  /** Heading levels in page order (Markdown `##` and HTML `<h2>` alike), e.g. [2, 3, 3, 2]. */
  readonly headings: readonly number[];
}

/** One translation and what it lacks or adds compared with its English source. */
export interface ParityReport {
  /** The translation's file path. */
  readonly file: string;
  /** The English source's file path. */
  readonly english: string;
  /** One line per difference, written for the person editing the translation; empty when the shapes agree. */
  readonly problems: readonly string[];
}

/** Lines of an MDX body outside fenced code blocks, where tags and `#` are text, not structure. */
function outsideCodeFences(body: string): string {
  let inFence = false;
  return body
    .split(/\r?\n/)
    .filter((line) => {
      if (/^\s*(```|~~~)/.test(line)) {
        inFence = !inFence;
        return false;
      }
      return !inFence;
    })
    .join('\n');
}

/**
 * Reads what must survive translation from an MDX file's text: frontmatter sources and advice,
 * every component with its identifying attributes (id, section, date, tone), and every heading level.
 * Throws a ContentError naming the file when the frontmatter is not valid YAML.
 * @example pageShape('x.mdx', '---\nsources: [a]\n---\n## One\n<Call id="lifeline-988" />\n')
 * // { sources: ['a'], advice: null, components: ['<Call id="lifeline-988">'], headings: [2] }
 */
export function pageShape(file: string, text: string): PageShape {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  const front = (match ? parseYaml(file, match[1] ?? '') : null) as Record<string, unknown> | null;
  const rawSources = front?.['sources'];
  const sources = Array.isArray(rawSources) ? rawSources.map(String) : [];
  const advice = typeof front?.['advice'] === 'string' ? front['advice'] : null;
  const body = outsideCodeFences(withoutImports(match ? text.slice(match[0].length) : text));

  const components: string[] = [];
  for (const tag of body.matchAll(/<([A-Z][A-Za-z0-9]*)\b([^>]*)>/g)) {
    const attributes = tag[2] ?? '';
    const named = IDENTIFYING_ATTRIBUTES.flatMap((name) => {
      const value = new RegExp(`(?:^|\\s)${name}=(["'])(.*?)\\1`).exec(attributes)?.[2];
      return value === undefined ? [] : [` ${name}="${value}"`];
    });
    components.push(`<${tag[1] ?? ''}${named.join('')}>`);
  }

  const headings: number[] = [];
  for (const line of body.split('\n')) {
    const markdown = /^(#{1,6})\s+\S/.exec(line);
    if (markdown) headings.push(markdown[1]?.length ?? 0);
    for (const html of line.matchAll(/<h([1-6])[\s>]/g)) headings.push(Number(html[1]));
  }
  return { sources, advice, components, headings };
}

/** Items of `a` not matched one-for-one in `b` (a multiset difference, first-seen order). */
function missingFrom(a: readonly string[], b: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const item of b) left.set(item, (left.get(item) ?? 0) + 1);
  const missing: string[] = [];
  for (const item of a) {
    const count = left.get(item) ?? 0;
    if (count > 0) left.set(item, count - 1);
    else missing.push(item);
  }
  return missing;
}

function levelSummary(levels: readonly number[]): string {
  const counts = [1, 2, 3, 4, 5, 6].flatMap((level) => {
    const n = levels.filter((l) => l === level).length;
    return n > 0 ? [`h${level} ×${n}`] : [];
  });
  return `${levels.length} (${counts.join(', ') || 'none'})`;
}

/**
 * Compares a translation with its English source: the same source ids, the same advice note, the same
 * components with the same identifying attributes, and the same headings (number and levels, in order).
 * A translation that drops a paragraph usually drops the source or component behind it too.
 * @returns One line per difference, empty when the translation keeps the English page's shape.
 * @example parityProblems(pageShape('en.mdx', en), pageShape('es.mdx', es))
 * // ['cites fewer sources than English: missing nabp-narcan-otc']
 */
export function parityProblems(english: PageShape, translation: PageShape): string[] {
  const problems: string[] = [];
  const missingSources = missingFrom(english.sources, translation.sources);
  if (missingSources.length > 0) problems.push(`missing sources: ${missingSources.join(', ')}`);
  const extraSources = missingFrom(translation.sources, english.sources);
  if (extraSources.length > 0) problems.push(`sources the English page does not cite: ${extraSources.join(', ')}`);
  if (english.advice !== translation.advice) {
    problems.push(`advice note is ${translation.advice ?? 'absent'}, English has ${english.advice ?? 'none'}`);
  }
  const missingComponents = missingFrom(english.components, translation.components);
  if (missingComponents.length > 0) problems.push(`missing components: ${missingComponents.join(', ')}`);
  const extraComponents = missingFrom(translation.components, english.components);
  if (extraComponents.length > 0) {
    problems.push(`components the English page does not have: ${extraComponents.join(', ')}`);
  }
  if (english.headings.join() !== translation.headings.join()) {
    problems.push(
      `headings: ${levelSummary(translation.headings)}, English has ${levelSummary(english.headings)}` +
        (english.headings.length === translation.headings.length ? ' in another order' : ''),
    );
  }
  return problems;
}

/**
 * Checks every translation under `<contentDir>/pages` and `<contentDir>/news` against its English source.
 * @returns One report per translation that has an English source (orphans are the route table's concern).
 * @example translationParity('content').filter((r) => r.problems.length > 0)
 */
export function translationParity(contentDir: string): ParityReport[] {
  const reports: ParityReport[] = [];
  for (const { folder, prefix } of PAGE_FOLDERS) {
    const pages = pagesFromDisk(contentDir, folder, prefix);
    const english = new Map(pages.filter((p) => p.locale === DEFAULT_LOCALE).map((p) => [p.slug, p]));
    for (const page of pages.filter((p) => p.locale !== DEFAULT_LOCALE)) {
      const source = english.get(page.slug);
      if (!source) continue;
      const problems = parityProblems(
        pageShape(source.filePath, readFileSync(source.filePath, 'utf8')),
        pageShape(page.filePath, readFileSync(page.filePath, 'utf8')),
      );
      reports.push({ file: page.filePath, english: source.filePath, problems });
    }
  }
  return reports;
}
