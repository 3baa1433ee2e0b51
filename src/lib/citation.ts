/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export interface CitationParts {
  readonly title: string;
  readonly url?: string | null | undefined;
  readonly publisher: string;
  /** "Published 10 November 2017" or "Date not stated in the source", already translated. */
  readonly dateText: string;
  /** What this source confirms, in English as the data file states it. */
  readonly confirms?: string | undefined;
}

/**
 * One source as a line of HTML: the linked title (English, marked so), publisher and date. Built as one
 * string so no stray space appears before the punctuation; every value is escaped.
 * @example citationHtml({ title: 'T', url: 'https://a.org/', publisher: 'P', dateText: 'Published 2017' })
 * // '<a href="https://a.org/" rel="noopener noreferrer" lang="en">T</a>. P. Published 2017.'
 */
export function citationHtml(parts: CitationParts): string {
  const title = parts.url
    ? `<a href="${escapeHtml(parts.url)}" rel="noopener noreferrer" lang="en">${escapeHtml(parts.title)}</a>`
    : `<cite lang="en">${escapeHtml(parts.title)}</cite>`;
  const confirms = parts.confirms ? ` <span lang="en">${escapeHtml(parts.confirms)}</span>` : '';
  return `${title}. ${escapeHtml(parts.publisher)}. ${escapeHtml(parts.dateText)}.${confirms}`;
}
