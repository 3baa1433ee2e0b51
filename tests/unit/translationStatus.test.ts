import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceHash } from '../../src/lib/contentFiles';
import { mdxBody, translationStates } from '../../src/lib/translationStatus';

function contentWith(englishBody: string, recordedHash: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'translations-'));
  mkdirSync(join(dir, 'pages/en'), { recursive: true });
  mkdirSync(join(dir, 'pages/es'), { recursive: true });
  writeFileSync(join(dir, 'pages/en/about.mdx'), `---\ntitle: About\n---\n${englishBody}`);
  writeFileSync(
    join(dir, 'pages/es/about.mdx'),
    `---\ntitle: Acerca\ntranslation: draft\nsourceHash: ${recordedHash}\n---\nTexto.\n`,
  );
  return dir;
}

describe('stale translations', () => {
  it('counts a translation made from today’s English text as current', () => {
    const dir = contentWith('Hello.\n', sourceHash('Hello.\n'));
    expect(translationStates(dir).map((s) => s.state)).toEqual(['current']);
  });

  it('flags a translation as stale when the English page changed, and gives the new hash', () => {
    const dir = contentWith('Hello, changed.\n', sourceHash('Hello.\n'));
    const [state] = translationStates(dir);
    expect(state).toMatchObject({
      state: 'stale',
      locale: 'es',
      slug: 'about',
      englishHash: sourceHash('Hello, changed.\n'),
    });
  });

  it('does not count component imports, which hold nothing to translate', () => {
    const withImport = "import Finder from '@components/finder/Finder.astro';\n\nHello.\n";
    const dir = contentWith(withImport, sourceHash('Hello.\n'));
    expect(translationStates(dir).map((s) => s.state)).toEqual(['current']);
    // A sentence that starts with the word "import" is text, and still counts.
    expect(sourceHash('import duties rose that year.\nHello.\n')).not.toBe(sourceHash('Hello.\n'));
  });

  it('hashes only the body, so editing the translation’s own frontmatter changes nothing', () => {
    expect(mdxBody('---\ntitle: A\n---\nBody\n')).toBe('Body\n');
  });
});

describe('translation hashes', () => {
  it('must be quoted, since a hash like 50611891e336 would otherwise read as a number', async () => {
    const { pagesFromDisk } = await import('../../src/lib/routesFromDisk');
    const dir = contentWith('Hello.\n', '50611891e336');
    expect(() => pagesFromDisk(dir)).toThrow(/field "sourceHash" must be written in quotes/);
  });
});
