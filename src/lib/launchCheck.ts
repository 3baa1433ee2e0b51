import { DEFAULT_LOCALE, LOCALES } from '../i18n/locales';
import { isCrisisKey } from '../i18n/reviewed';
import type { Hotline } from './schemas';

/** One thing a person must do before launch. */
export interface LaunchItem {
  readonly kind: 'unverified-line' | 'unverified-listing' | 'unreviewed-crisis-string' | 'unreviewed-line-text';
  readonly detail: string;
}

export interface LaunchInput {
  readonly hotlines: readonly Pick<Hotline, 'id' | 'verified' | 'reviewedLocales' | 'crisisBar'>[];
  /** Treatment-finder listings: id and whether a person has checked them by phone. */
  readonly listings: readonly { id: string; lastVerified: string | null }[];
  /** Every UI string key (from English). */
  readonly uiKeys: readonly string[];
  /** Reviewed UI keys per non-English locale; a locale without an entry has none reviewed. */
  readonly reviewedKeys: { readonly [code: string]: readonly string[] | undefined };
}

/**
 * Everything still to verify before launch: lines nobody has called, listings nobody has checked,
 * and crisis texts in other languages no fluent speaker has reviewed.
 * @example launchItems({ hotlines: [{ id: 'a', verified: null, reviewedLocales: [] }], listings: [], uiKeys: [], reviewedKeys: {} })
 */
export function launchItems(input: LaunchInput): LaunchItem[] {
  const items: LaunchItem[] = [];
  const others = LOCALES.filter((l) => l.code !== DEFAULT_LOCALE);
  for (const line of input.hotlines) {
    if (!line.verified)
      items.push({ kind: 'unverified-line', detail: `${line.id}: nobody has confirmed the number by calling` });
    const missing = others.filter((l) => !line.reviewedLocales.includes(l.code)).map((l) => l.code);
    if (line.crisisBar !== undefined && missing.length > 0) {
      items.push({
        kind: 'unreviewed-line-text',
        detail: `${line.id}: texts in ${missing.join(', ')} not reviewed by a fluent speaker`,
      });
    }
  }
  for (const listing of input.listings) {
    if (!listing.lastVerified)
      items.push({ kind: 'unverified-listing', detail: `${listing.id}: never checked by a call` });
  }
  const crisisKeys = input.uiKeys.filter(isCrisisKey);
  for (const locale of others) {
    const reviewed = new Set(input.reviewedKeys[locale.code] ?? []);
    for (const key of crisisKeys) {
      if (!reviewed.has(key)) items.push({ kind: 'unreviewed-crisis-string', detail: `${locale.code}: ${key}` });
    }
  }
  return items;
}
