import type { UIKey } from '../i18n/ui/schema';

export interface NavItem {
  readonly slug: string;
  readonly label: UIKey;
}

/** Main navigation, in order; an item appears only once its page exists. */
export const MAIN_NAV: readonly NavItem[] = [
  { slug: '', label: 'nav.home' },
  { slug: 'buyer-diversion', label: 'nav.diversion' },
  { slug: 'treatment', label: 'nav.treatment' },
  { slug: 'families', label: 'nav.families' },
  { slug: 'find-treatment', label: 'nav.findTreatment' },
  { slug: 'hotlines', label: 'nav.hotlines' },
  { slug: 'statistics', label: 'nav.statistics' },
  { slug: 'news', label: 'nav.news' },
  { slug: 'search', label: 'nav.search' },
];

/** Footer links, in order; an item appears only once its page exists. */
export const FOOTER_NAV: readonly NavItem[] = [
  { slug: 'about', label: 'footer.about' },
  { slug: 'privacy', label: 'footer.privacy' },
  { slug: 'accessibility', label: 'footer.accessibility' },
];

/**
 * The items whose page exists, so the site never links to a missing page.
 * @example existingItems(MAIN_NAV, new Set(['', 'hotlines'])).length // 2
 */
export function existingItems(items: readonly NavItem[], slugs: ReadonlySet<string>): NavItem[] {
  return items.filter((item) => slugs.has(item.slug));
}

/**
 * Whether a nav item is the current page or one of its parents (for aria-current).
 * @example isCurrent('treatment', 'treatment/detox') // 'true'
 */
export function currentState(itemSlug: string, pageSlug: string): 'page' | 'true' | undefined {
  if (itemSlug === pageSlug) return 'page';
  if (itemSlug !== '' && pageSlug.startsWith(`${itemSlug}/`)) return 'true';
  return undefined;
}
