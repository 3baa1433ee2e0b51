import { z } from 'astro/zod';
import type en from './en';

/** Every UI string key, taken from the English source table. */
export type UIKey = keyof typeof en;
/** A complete table of UI strings for one locale. */
export type UIStrings = Record<UIKey, string>;

/**
 * Parses one locale's table against the English keys: every key present and
 * non-empty, no unknown keys. Throws an error naming the file, key and problem.
 * @example validateUIStrings('es', esTable, enTable)
 */
export function validateUIStrings(code: string, table: unknown, source: Readonly<Record<string, string>>): UIStrings {
  const shape = Object.fromEntries(
    Object.keys(source).map((key) => [
      key,
      z.string({ error: 'is missing: every English key needs a translation' }).trim().min(1, {
        error: 'is empty: write the translation',
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
