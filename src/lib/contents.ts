/** A heading of a page, as Astro's Markdown/MDX renderer reports it. */
export interface PageHeading {
  /** 1 for <h1>, 2 for <h2> … */
  readonly depth: number;
  /** The id the renderer gave the heading, without "#". */
  readonly slug: string;
  readonly text: string;
}

/** One entry of a contents list: a link to a section, with its subsections. */
export interface ContentsItem {
  /** Link target, "#id" on the same page. */
  readonly href: string;
  readonly label: string;
  readonly items?: readonly ContentsItem[];
}

/** A page needs a contents list from this many sections (<h2>) on. */
export const CONTENTS_MIN_SECTIONS = 6;

/**
 * The contents list of a long page: its <h2> sections in order, or null when the page has fewer than
 * `minSections` of them (a short page reads fine without one). Deeper headings are left out, so the
 * list stays one short screen.
 * @param headings every heading of the page, in document order
 * @param minSections fewest <h2> headings that make a page long (default CONTENTS_MIN_SECTIONS)
 * @returns the items, or null
 * @example contentsFromHeadings([{ depth: 2, slug: 'costs', text: 'Costs' }], 1) // [{ href: '#costs', label: 'Costs' }]
 */
export function contentsFromHeadings(
  headings: readonly PageHeading[],
  minSections: number = CONTENTS_MIN_SECTIONS,
): ContentsItem[] | null {
  const sections = headings.filter((h) => h.depth === 2 && h.slug !== '');
  if (sections.length < minSections) return null;
  return sections.map((h) => ({ href: `#${h.slug}`, label: h.text }));
}
