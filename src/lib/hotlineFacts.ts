import type { Hotline, Source } from './schemas';

/**
 * Hotline fields that make a claim of their own, each needing a source that states it
 * (DESIGN.md §4: "Hours, languages and channels each need a source that states them").
 * A citation lists the ones it confirms under `fields`.
 */
export const HOTLINE_FIELDS = ['hours', 'languages', 'text', 'tty', 'chat'] as const;
export type HotlineField = (typeof HOTLINE_FIELDS)[number];

/** A fact is old when every source behind it was published more than this many years before the build. */
export const OLD_FACT_YEARS = 3;

const YEAR = /\b(?:19|20)\d{2}\b/;

type Line = Pick<Hotline, 'id' | 'hours' | 'languages' | 'description' | 'verified'> & {
  readonly channels: Partial<Record<'text' | 'tty' | 'chat', unknown>>;
  readonly sources: readonly { readonly id: string; readonly fields?: readonly HotlineField[] | undefined }[];
};

type SourceAge = Pick<Source, 'published' | 'confidence'>;

/**
 * The newest publication date among these sources, or null when one of them may be recent: undated and not
 * marked `confirmed-old` (its age is unknown). An undated `confirmed-old` source counts as ten years old.
 */
function newestPublished(ids: readonly string[], sources: ReadonlyMap<string, SourceAge>, today: Date): Date | null {
  let newest: Date | null = null;
  for (const id of ids) {
    const source = sources.get(id);
    const published =
      source?.published ?? (source?.confidence === 'confirmed-old' ? String(today.getUTCFullYear() - 10) : null);
    if (!published) return null;
    // A partial date counts from the end of its period, so "2023" is as recent as 31 December 2023.
    const [y = 0, m, d] = published.split('-').map(Number);
    const end =
      d !== undefined ? Date.UTC(y, (m ?? 1) - 1, d) : m !== undefined ? Date.UTC(y, m, 0) : Date.UTC(y, 11, 31);
    if (!newest || end > newest.getTime()) newest = new Date(end);
  }
  return newest;
}

/**
 * Checks that a help line states nothing its sources do not carry, and tells no old fact in the present tense:
 * - every field among hours, languages and the text, TTY and chat channels needs a citation listing it under `fields`;
 * - while nobody has verified the line by a call, a description, hours or languages text whose sources were all
 *   published more than 3 years before `today` must name a year in every language ("In 2017, …").
 * Undated sources do not count as old, since their age is unknown, unless they are marked `confirmed-old`.
 * @param line One entry of content/hotlines.yaml.
 * @param sources Every source by id (content/sources.yaml).
 * @param today The build date (`SOURCE_DATE_EPOCH`).
 * @returns One line per problem, naming the field and what to do; empty when the line is fine.
 * @example hotlineFactProblems(line, sources, new Date('2026-11-30'))
 * // ['field "hours" needs a source that states it: add "hours" to the fields of the citation that does']
 */
export function hotlineFactProblems(line: Line, sources: ReadonlyMap<string, SourceAge>, today: Date): string[] {
  const problems: string[] = [];
  const present: Record<HotlineField, boolean> = {
    hours: line.hours !== null,
    languages: line.languages !== null,
    text: line.channels.text !== undefined,
    tty: line.channels.tty !== undefined,
    chat: line.channels.chat !== undefined,
  };
  const citing = (field: HotlineField) => line.sources.filter((s) => s.fields?.includes(field)).map((s) => s.id);
  for (const field of HOTLINE_FIELDS) {
    if (present[field] && citing(field).length === 0) {
      problems.push(
        `field "${field}" needs a source that states it: add "${field}" to the fields of the citation that does`,
      );
    }
  }
  if (line.verified !== null) return problems;

  const limit = Date.UTC(today.getUTCFullYear() - OLD_FACT_YEARS, today.getUTCMonth(), today.getUTCDate());
  const texts = [
    { field: 'description', text: line.description, ids: line.sources.map((s) => s.id) },
    { field: 'hours', text: line.hours, ids: citing('hours') },
    { field: 'languages', text: line.languages, ids: citing('languages') },
  ] as const;
  for (const { field, text, ids } of texts) {
    if (text === null || ids.length === 0) continue;
    const newest = newestPublished(ids, sources, today);
    if (newest === null || newest.getTime() >= limit) continue;
    for (const [locale, value] of Object.entries(text)) {
      if (!YEAR.test(value)) {
        problems.push(
          `field "${field}.${locale}" is told without a year, but its newest source is from ${newest.getUTCFullYear()}, more than ${OLD_FACT_YEARS} years ago: say when ("In ${newest.getUTCFullYear()}, …"), cite a recent source or verify the line by a call`,
        );
      }
    }
  }
  return problems;
}
