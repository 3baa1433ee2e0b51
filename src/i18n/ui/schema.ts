import { z } from 'astro/zod';
import type en from './en';

/** Every UI string key, taken from the English source table. */
export type UIKey = keyof typeof en;
/** A complete table of UI strings for one locale. */
export type UIStrings = Record<UIKey, string>;

const PLACEHOLDER = /\{(\w+)\}/g;
/** Plural forms for one thing may say "one" in words instead of `{count}` ("El único lugar…"). */
const SINGULAR_FORM = /\.(zero|one|two)$/;

/**
 * What is wrong with a translation's `{placeholders}` compared with the English string, or undefined.
 * A translation must keep every placeholder (a lost `{number}` is a lost phone number) and add none;
 * only a singular plural form (`….one`) may leave out `{count}`.
 * @example placeholderProblem('crisisBar.thenDial', 'marque', 'then dial {extension}') // 'lost {extension}: …'
 */
export function placeholderProblem(key: string, text: string, english: string): string | undefined {
  const names = (s: string) => new Set([...s.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''));
  const mine = names(text);
  const theirs = names(english);
  const lost = [...theirs].filter((n) => !mine.has(n) && !(n === 'count' && SINGULAR_FORM.test(key)));
  const added = [...mine].filter((n) => !theirs.has(n));
  if (lost.length > 0) {
    return `lost ${lost.map((n) => `{${n}}`).join(', ')}: the English string fills it with a value the reader needs`;
  }
  if (added.length > 0) {
    return `has ${added.map((n) => `{${n}}`).join(', ')}, which the English string does not fill (placeholders stay in English)`;
  }
  return undefined;
}

/**
 * Parses one locale's table against the English keys: every key present and
 * non-empty, the same `{placeholders}` as English, no unknown keys. Throws an error naming the file, key and problem.
 * @example validateUIStrings('es', esTable, enTable)
 */
export function validateUIStrings(code: string, table: unknown, source: Readonly<Record<string, string>>): UIStrings {
  const shape = Object.fromEntries(
    Object.entries(source).map(([key, english]) => [
      key,
      z
        .string({ error: 'is missing: every English key needs a translation' })
        .trim()
        .min(1, { error: 'is empty: write the translation' })
        .superRefine((text, ctx) => {
          const problem = placeholderProblem(key, text, english);
          if (problem) ctx.addIssue({ code: 'custom', message: problem });
        }),
    ]),
  );
  const result = z.strictObject(shape).safeParse(table);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      if (issue.code === 'unrecognized_keys') {
        return `  - keys ${issue.keys.map((k) => `"${k}"`).join(', ')} are not in src/i18n/ui/en.ts (typo, or add them to English first)`;
      }
      return `  - key "${issue.path.join('.')}" ${issue.message}`;
    });
    throw new Error(`UI strings for locale "${code}" (src/i18n/ui/${code}.ts) are invalid:\n${problems.join('\n')}`);
  }
  return result.data as UIStrings;
}
