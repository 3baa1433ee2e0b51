import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/locales';
import { codesNamedIn, scanLocaleNames, type Strictness } from '../integrity/localeNames';
import { cssOf, physicalDeclarations } from '../integrity/physicalCss';

// Adding a language is an entry in src/i18n/locales.ts plus content: no code or test may keep its own
// list of languages, and no CSS may name a physical side (DESIGN §3).

/** Files that may name languages, each with the reason. */
const ALLOWED: readonly { readonly file: string; readonly reason: string }[] = [
  { file: 'src/i18n/locales.ts', reason: 'the one list of languages' },
  { file: 'tests/unit/localeNeutral.test.ts', reason: 'its canary fixtures must name languages to be caught' },
  {
    file: 'src/lib/search/wordForms.ts',
    reason: 'spelling rules of plurals, keyed by language like Intl data; a language without rules searches as typed',
  },
  { file: 'tests/unit/wordForms.test.ts', reason: 'tests those spelling rules, language by language' },
];

const SOURCE = /\.(ts|mts|mjs|js|astro)$/;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return d.name === 'node_modules' ? [] : walk(path);
    return [path];
  });
}

/** Every code file with its strictness; the UI string tables (src/i18n/ui/<code>.ts) are content. */
function codeFiles(): { file: string; strictness: Strictness }[] {
  const uiTables = new Set(LOCALES.map((l) => `src/i18n/ui/${l.code}.ts`));
  const files = [
    ...['src', 'scripts'].flatMap(walk).map((file) => ({ file, strictness: 'code' as const })),
    { file: 'astro.config.mjs', strictness: 'code' as const },
    ...walk('tests').map((file) => ({ file, strictness: 'test' as const })),
  ];
  return files.filter((f) => SOURCE.test(f.file) && !uiTables.has(f.file) && !ALLOWED.some((a) => a.file === f.file));
}

describe('languages come from src/i18n/locales.ts only', () => {
  it('scans the code, the scripts and the tests', () => {
    const files = codeFiles().map((f) => f.file);
    expect(files).toEqual(
      expect.arrayContaining(['astro.config.mjs', 'scripts/lib/staticServer.ts', 'tests/e2e/search.spec.ts']),
    );
    expect(files).toEqual(expect.arrayContaining(['src/i18n/ui/index.ts', 'src/i18n/ui/schema.ts']));
    for (const l of LOCALES) expect(files).not.toContain(`src/i18n/ui/${l.code}.ts`);
  });

  it('finds no list of languages outside the locale list', () => {
    const found = codeFiles().flatMap(({ file, strictness }) =>
      scanLocaleNames(file, readFileSync(file, 'utf8'), strictness).map(
        (n) => `${n.file}:${n.line} names ${n.codes.join(', ')}: ${n.text}`,
      ),
    );
    expect(found).toEqual([]);
  });

  it('lists only files that exist', () => {
    for (const a of ALLOWED) expect(() => readFileSync(a.file), a.file).not.toThrow();
  });
});

describe('the locale-name scanner (canaries)', () => {
  const codes = ['es', 'pt'];

  it('catches a hard-coded regex, array, object and path list', () => {
    expect(codesNamedIn(String.raw`const locale = /^\/(es|pt)\//.exec(url);`, codes)).toEqual(['es', 'pt']);
    expect(codesNamedIn(`for (const c of ['en', 'es', 'pt']) {`, codes)).toEqual(['es', 'pt']);
    expect(codesNamedIn(`const INTL = { en: 'en-US', es: 'es-US', pt: 'pt-BR' };`, codes)).toEqual(['es', 'pt']);
    expect(codesNamedIn("for (const prefix of ['', '/es', '/pt']) {", codes)).toEqual(['es', 'pt']);
    expect(codesNamedIn('const url = `${site}/es/hotlines/`;', codes)).toEqual(['es']);
    expect(codesNamedIn('const UI = { en, es, pt } as const;', codes)).toEqual(['es', 'pt']);
    expect(codesNamedIn('await page.goto(`/es/${tail}`);', codes)).toEqual(['es']);
  });

  it('fails code that names one language and tests that name two', () => {
    expect(scanLocaleNames('a.astro', `<a hreflang="es">`, 'code', codes)).toHaveLength(1);
    expect(scanLocaleNames('a.test.ts', `useTranslations('es')`, 'test', codes)).toEqual([]);
    expect(scanLocaleNames('a.test.ts', `x\nreviewedKeys: { es: [], pt: [] }`, 'test', codes)).toEqual([
      { file: 'a.test.ts', line: 2, codes: ['es', 'pt'], text: 'reviewedKeys: { es: [], pt: [] }' },
    ]);
  });

  it('ignores comments, words and longer tags', () => {
    expect(codesNamedIn(`// e.g. '/es/' and '/pt/'`, codes)).toEqual([]);
    expect(codesNamedIn(` * @example localizeHref('/es/', 'pt')`, codes)).toEqual([]);
    expect(codesNamedIn(`const notes = 'es-US' + pt_BR + yes; // Notes: x`, codes)).toEqual([]);
  });
});

describe('CSS names no physical side', () => {
  const styled = walk('src').filter((f) => f.endsWith('.css') || f.endsWith('.astro'));

  it('scans every stylesheet and component', () => {
    expect(styled).toEqual(expect.arrayContaining(['src/styles/global.css', 'src/components/CrisisBar.astro']));
  });

  it('uses logical properties only, so a right-to-left page mirrors', () => {
    const found = styled.flatMap((file) =>
      physicalDeclarations(cssOf(file, readFileSync(file, 'utf8'))).map(
        (d) => `${file}:${d.line} ${d.text} (use ${d.use})`,
      ),
    );
    expect(found).toEqual([]);
  });

  it('catches each physical property or value (canary)', () => {
    const canary = [
      '.a { margin-left: 1rem; }',
      '.b { padding-right: 0 }',
      '.c { border-left-width: 2px; }',
      '.d { left: 0; }',
      '.e { text-align: right; }',
      '.f { float: left; }',
      '.g { border-top-right-radius: 4px; }',
      '.h { inset-inline-start: 0; margin-inline-end: 1rem; text-align: start; /* left: 0 */ }',
    ].join('\n');
    expect(physicalDeclarations(canary).map((d) => d.line)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('reads only the <style> blocks of a component', () => {
    const astro = '<p>Turn left: then right</p>\n<style>\n  .x { right: 0; }\n</style>';
    expect(physicalDeclarations(cssOf('x.astro', astro)).map((d) => d.line)).toEqual([3]);
  });
});
