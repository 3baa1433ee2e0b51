import type { LocaleCode } from './locales';
import type { UIKey } from './ui/schema';

/**
 * UI strings a fluent speaker has reviewed, per locale. English is the source and needs none.
 * A locale that is not listed has nothing reviewed yet, so a new language starts as a draft
 * without an entry here. Until a locale's crisis strings are listed, `npm run check:launch` lists
 * them, and pages built from UI strings alone in that locale carry the draft-translation notice.
 */
export const REVIEWED_UI_KEYS: { readonly [C in LocaleCode]?: readonly UIKey[] } = {};

/** Keys a person in crisis depends on: the crisis bar, help-line texts, 404 help and the quick exit. */
export function isCrisisKey(key: string): boolean {
  return ['crisisBar.', 'hotline.', 'notFound.', 'quickExit.'].some((prefix) => key.startsWith(prefix));
}
