// Finds code that names a language outside the locale list, so adding a language stays a content-only change.
import { DEFAULT_LOCALE, LOCALES } from '../../src/i18n/locales';

/** A line that names languages it should read from `LOCALES`. */
export interface LocaleNaming {
  readonly file: string;
  /** 1-based line number. */
  readonly line: number;
  /** The locale codes the line names, in the order of the locale list. */
  readonly codes: readonly string[];
  readonly text: string;
}

/**
 * Where code may name languages, and how strictly it is checked:
 * - `code` (src/, scripts/, astro.config.mjs): no non-default code at all; read it from `LOCALES`.
 * - `test` (tests/): no line naming two or more non-default codes, which is a hard-coded list of languages
 *   that a new language silently falls outside of. One language as an example input is fine.
 */
export type Strictness = 'code' | 'test';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The non-default locale codes a line names: as a quoted string (`'es'`), a quoted path prefix (`'/es/'`,
 * `` `/es/${x}` ``, `` `${site}/es/` ``), an object key (`{ es: … }`, `{ en, es }`) or a regular-expression alternative (`(es|pt)`).
 * Comment lines are not code and name nothing.
 * @example codesNamedIn("const langs = ['es', 'pt'];", ['es', 'pt']) // ['es', 'pt']
 */
export function codesNamedIn(line: string, codes: readonly string[]): string[] {
  const trimmed = line.trim();
  if (trimmed.startsWith('//') || trimmed.startsWith('*') || trimmed.startsWith('/*')) return [];
  return codes.filter((code) => {
    const c = escape(code);
    return [
      new RegExp(`(['"\`])${c}\\1`),
      new RegExp(`(['"\`]|\\})/${c}(/|['"\`])`),
      new RegExp(`(^|[{,]\\s*)${c}\\s*:(?!:)`),
      new RegExp(`[{,]\\s*${c}\\s*(?=[,}])`),
      new RegExp(`[(|]${c}(?=[|)])`),
    ].some((re) => re.test(trimmed));
  });
}

/**
 * Every line of `text` that breaks the rule for its strictness, with the codes it names.
 * `codes` defaults to every published locale but the default one (English is the source language, which
 * the site names by design).
 * @example scanLocaleNames('a.ts', "x = /^\\/(es|pt)\\//", 'code', ['es', 'pt'])[0]?.codes // ['es', 'pt']
 */
export function scanLocaleNames(
  file: string,
  text: string,
  strictness: Strictness,
  codes: readonly string[] = LOCALES.filter((l) => l.code !== DEFAULT_LOCALE).map((l) => l.code),
): LocaleNaming[] {
  const min = strictness === 'code' ? 1 : 2;
  return text.split('\n').flatMap((line, i) => {
    const named = codesNamedIn(line, codes);
    return named.length >= min ? [{ file, line: i + 1, codes: named, text: line.trim() }] : [];
  });
}
