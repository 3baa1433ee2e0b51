/**
 * The longest document title search results show whole and html-validate accepts (its `long-title` rule).
 */
export const MAX_TITLE_LENGTH = 70;

/**
 * The `<title>` of a page: the page's title and the site's name, or the page's title alone when both would
 * be longer than MAX_TITLE_LENGTH characters (a long translated title keeps its own words, not the site's).
 * The home page is the site's name alone.
 * @param pageTitle the page's own title
 * @param siteName the site's name in the page's language
 * @param isHome true for the home page of a language
 * @example documentTitle('Help lines', 'Worcester Treatment Help', false) // 'Help lines | Worcester Treatment Help'
 * @example documentTitle('El programa de desvío para compradores', 'Ayuda para tratamiento en Worcester', false) // 'El programa de desvío para compradores'
 */
export function documentTitle(pageTitle: string, siteName: string, isHome: boolean): string {
  if (isHome) return siteName;
  const full = `${pageTitle} | ${siteName}`;
  return [...full].length <= MAX_TITLE_LENGTH ? full : pageTitle;
}
