import { type PartialDate } from '../dates';
import { earliestDay, monthsBefore } from './status';
import { ATTRIBUTE_GROUPS, type AttributeGroup, type TriState } from './taxonomy';

/**
 * An attribute a source can confirm: `services.detox`, `medications.methadone`,
 * `payment.masshealth` or `walkIn`. These are the names listing files use under `supports` and
 * `contradicts`.
 */
export type AttributePath = `${AttributeGroup}.${string}` | 'walkIn';

/** Every attribute path, in the order the site lists them. */
export const ATTRIBUTE_PATHS: readonly AttributePath[] = [
  ...(Object.keys(ATTRIBUTE_GROUPS) as AttributeGroup[]).flatMap((group) =>
    ATTRIBUTE_GROUPS[group].map((slug) => `${group}.${slug}` as AttributePath),
  ),
  'walkIn',
];

/** A fact older than this many years adds "call to check" (issue: "older than 3 years"). */
export const FACT_AGE_LIMIT_YEARS = 3;

/** What one cited source says about a listing's attributes. */
export interface AttributeCitation {
  readonly id: string;
  /** The source's publication date, or null when it shows none. */
  readonly published: PartialDate | null;
  /** Attributes whose yes/no value this source confirms. */
  readonly supports: readonly AttributePath[];
  /** Attributes whose value this source says otherwise about. */
  readonly contradicts: readonly AttributePath[];
}

/** How old a confirmed value is and whether sources disagree. */
export interface AttributeEvidence {
  /** The value as written in the listing file. */
  readonly value: TriState;
  /** The value the finder matches on: a disputed value counts as unknown. */
  readonly effective: TriState;
  /** Year of the newest dated source that confirms the value, or null when every such source is undated. */
  readonly year: number | null;
  /** True when the newest confirming source is older than FACT_AGE_LIMIT_YEARS, or undated. */
  readonly callToCheck: boolean;
  /** Years of the sources that say otherwise (null for an undated one); empty when none. */
  readonly disputedBy: readonly (number | null)[];
}

const yearOf = (date: PartialDate | null) => (date === null ? null : Number(date.slice(0, 4)));

/**
 * The evidence behind one attribute of a listing: the year of its newest confirming source, whether
 * that is too old to act on without a call, and which sources disagree. Unknown values have no
 * evidence and return null.
 * @param value the listing's value for the attribute
 * @param citations the listing's sources with their dates and what each supports or contradicts
 * @param build the build date (`SOURCE_DATE_EPOCH`)
 * @example attributeEvidence('services.detox', 'yes', [{ id: 's', published: '2017-08-21', supports: ['services.detox'], contradicts: [] }], new Date('2026-11-30'))
 *   // { value: 'yes', effective: 'yes', year: 2017, callToCheck: true, disputedBy: [] }
 */
export function attributeEvidence(
  path: AttributePath,
  value: TriState,
  citations: readonly AttributeCitation[],
  build: Date,
): AttributeEvidence | null {
  if (value === 'unknown') return null;
  const confirming = citations.filter((c) => c.supports.includes(path));
  const dated = confirming.filter((c) => c.published !== null).map((c) => c.published as PartialDate);
  const newest = dated.sort((a, b) => earliestDay(b).getTime() - earliestDay(a).getTime())[0] ?? null;
  const limit = monthsBefore(build, FACT_AGE_LIMIT_YEARS * 12);
  const disputedBy = citations.filter((c) => c.contradicts.includes(path)).map((c) => yearOf(c.published));
  return {
    value,
    effective: disputedBy.length > 0 ? 'unknown' : value,
    year: yearOf(newest),
    callToCheck: newest === null || earliestDay(newest) < limit,
    disputedBy,
  };
}
