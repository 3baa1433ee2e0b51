import type { DerivedListing } from './data';
import type { AttributeEvidence, AttributePath } from './evidence';
import { ATTRIBUTE_GROUPS, type AttributeGroup } from './taxonomy';

/** The rows a listing card shows, in order; a row with nothing published goes into one line instead. */
export type FactRow = 'services' | 'medications' | 'payment' | 'walkIn' | 'hours' | 'ages' | 'languages';

/** One sentence of a row: values that share a yes/no answer and a source year, or a dispute. */
export type FactLine =
  | {
      readonly kind: 'yes' | 'no';
      /** Attribute paths with this answer and year, in taxonomy order. */
      readonly paths: readonly AttributePath[];
      /** Year of the newest confirming source, or null when it is undated. */
      readonly year: number | null;
      readonly callToCheck: boolean;
    }
  | {
      readonly kind: 'disputed';
      readonly paths: readonly AttributePath[];
      /** Years of the sources on both sides, sorted, undated ones left out. */
      readonly years: readonly number[];
    }
  | { readonly kind: 'text'; readonly text: string };

/** What a card shows: rows with published facts, and the rows nobody published. */
export interface ListingFactSheet {
  readonly rows: readonly { readonly row: FactRow; readonly lines: readonly FactLine[] }[];
  readonly notPublished: readonly FactRow[];
}

function evidenceLines(paths: readonly AttributePath[], evidence: ReadonlyMap<AttributePath, AttributeEvidence>) {
  const lines: FactLine[] = [];
  const groups = new Map<
    string,
    { kind: 'yes' | 'no'; paths: AttributePath[]; year: number | null; callToCheck: boolean }
  >();
  for (const path of paths) {
    const e = evidence.get(path);
    if (!e) continue;
    if (e.disputedBy.length > 0) {
      const years = [e.year, ...e.disputedBy].filter((y): y is number => y !== null).sort((a, b) => a - b);
      lines.push({ kind: 'disputed', paths: [path], years: [...new Set(years)] });
      continue;
    }
    const kind = e.value === 'yes' ? 'yes' : 'no';
    const key = `${kind}|${e.year ?? ''}|${e.callToCheck}`;
    const group = groups.get(key);
    if (group) group.paths.push(path);
    else groups.set(key, { kind, paths: [path], year: e.year, callToCheck: e.callToCheck });
  }
  return [...groups.values(), ...lines];
}

/**
 * The facts of a listing as a card shows them: for each attribute group, its confirmed yes and no
 * values grouped by the year of their newest source (older than 3 years: "call to check"), disputed
 * values on their own line, the free-text hours, ages and languages; everything nobody published in
 * one list for a single "Not published: … Call to ask." line.
 * @example factSheet(westborough).rows[0] // { row: 'services', lines: [{ kind: 'yes', paths: ['services.detox'], year: 2017, callToCheck: true }, …] }
 * @example factSheet(merrick).notPublished // ['services', 'medications', 'payment', 'walkIn', 'hours', 'ages', 'languages']
 */
export function factSheet(listing: DerivedListing, locale: string): ListingFactSheet {
  const rows: { row: FactRow; lines: FactLine[] }[] = [];
  const notPublished: FactRow[] = [];
  const add = (row: FactRow, lines: FactLine[]) =>
    lines.length > 0 ? rows.push({ row, lines }) : notPublished.push(row);
  for (const group of Object.keys(ATTRIBUTE_GROUPS) as AttributeGroup[]) {
    const paths = ATTRIBUTE_GROUPS[group].map((slug) => `${group}.${slug}` as AttributePath);
    add(group, evidenceLines(paths, listing.evidence));
  }
  add('walkIn', evidenceLines(['walkIn'], listing.evidence));
  for (const row of ['hours', 'ages', 'languages'] as const) {
    const text = (listing[row] as Readonly<Record<string, string>> | null)?.[locale];
    add(row, text ? [{ kind: 'text', text }] : []);
  }
  return { rows, notPublished };
}
