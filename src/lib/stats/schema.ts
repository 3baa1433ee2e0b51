import { z } from 'astro/zod';
import { localizedText, partialDate } from '../schemas';

/** Sections of the statistics page, in page order; each indicator belongs to one. */
export const STAT_GROUPS = ['state', 'county', 'city-health', 'police', 'naloxone', 'help-lines'] as const;
export type StatGroup = (typeof STAT_GROUPS)[number];

/** What an indicator counts; sets the table heading and the chart's axis title. */
export const STAT_UNITS = [
  'deaths',
  'overdoses',
  'rate-per-100k',
  'incidents',
  'reversals',
  'boxes',
  'kits',
  'calls',
] as const;
export type StatUnit = (typeof STAT_UNITS)[number];

/** Places the statistics describe. */
export const GEOGRAPHIES = ['massachusetts', 'worcester-county', 'worcester-city', 'united-states'] as const;
export type Geography = (typeof GEOGRAPHIES)[number];

/** How a period is written in observations.csv: `2022`, `2015` (fiscal), `2000/2023`, `2024-06`. */
export const PERIOD_TYPES = ['year', 'fiscal-year', 'span', 'as-of'] as const;
export type PeriodType = (typeof PERIOD_TYPES)[number];

/**
 * How exact a value is: "400+" is `more-than` 400, "150-200" is a `range` 150 with high 200,
 * "nearly 200,000" is `nearly` 200,000 (just under it), "about 60" is `approximately` 60.
 */
export const QUALIFIERS = ['exact', 'at-least', 'more-than', 'nearly', 'approximately', 'range'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** Units of figures stated in words (program statements). */
export const STATEMENT_UNITS = ['people', 'people-per-year', 'lives', 'usd', 'percent', 'petitions-per-year'] as const;
export type StatementUnit = (typeof STATEMENT_UNITS)[number];

const id = z.string({ error: 'is required' }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: 'must be lower-case words joined by hyphens, like "ma-dph-deaths-confirmed-estimated"',
});

const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `must be one of ${values.join(', ')}` });

/** One entry of content/stats/indicators.yaml: one definition from one publisher. */
export const indicatorSchema = z.strictObject({
  id,
  group: oneOf(STAT_GROUPS),
  unit: oneOf(STAT_UNITS),
  geography: oneOf(GEOGRAPHIES),
  label: localizedText,
  definition: localizedText,
  publisher: localizedText,
  caveats: z.array(localizedText).default([]),
  /** Periods (as written in observations.csv) whose figures a source calls preliminary, partial or early. */
  provisional: z.array(z.string().min(1)).optional(),
});
export type Indicator = z.output<typeof indicatorSchema>;

/** A number stated in words, with how exact the source says it is. */
export const statedFigureSchema = z
  .strictObject({
    value: z.number({ error: 'must be a number without quotes or commas, like 99000' }),
    qualifier: oneOf(QUALIFIERS),
    high: z.number({ error: 'must be a number' }).optional(),
    unit: oneOf(STATEMENT_UNITS),
    label: localizedText,
  })
  .refine((f) => (f.qualifier === 'range') === (f.high !== undefined), {
    error: 'a range needs "high" (its upper end), and only a range may have one',
    path: ['high'],
  })
  .refine((f) => f.high === undefined || f.high > f.value, {
    error: '"high" must be greater than "value"',
    path: ['high'],
  });
export type StatedFigure = z.output<typeof statedFigureSchema>;

/**
 * The `{1}`, `{2}` … placeholders used in a text, as numbers.
 * @example placeholdersIn('From {1} to {2}') // [1, 2]
 */
export function placeholdersIn(text: string): number[] {
  return [...text.matchAll(/\{(\d+)\}/g)].map((m) => Number(m[1]));
}

/** One entry of content/stats/statements.yaml (factory: source ids must resolve). */
export const statementSchema = (sourceIds: ReadonlySet<string>) =>
  z
    .strictObject({
      id,
      kind: oneOf(['program', 'context'] as const),
      date: partialDate,
      figures: z.array(statedFigureSchema).min(1, { error: 'needs at least one figure' }),
      text: localizedText,
      attribution: localizedText,
      quotes: z
        .array(
          z.strictObject({
            source: z
              .string({ error: 'is required: a source id from content/sources.yaml' })
              .refine((s) => sourceIds.has(s), {
                error: (issue) =>
                  `unknown source id "${String(issue.input)}": add it to content/sources.yaml or fix the spelling`,
              }),
            text: z.string({ error: 'is required: the exact words of the source' }).min(1),
          }),
        )
        .min(1, { error: 'needs at least one quote with its source' }),
      caveat: localizedText.optional(),
    })
    .superRefine((s, ctx) => {
      for (const [code, text] of Object.entries(s.text)) {
        const used = new Set(placeholdersIn(text));
        for (const n of used) {
          if (n < 1 || n > s.figures.length) {
            ctx.addIssue({
              code: 'custom',
              path: ['text', code],
              message: `uses {${n}} but there are ${s.figures.length} figure(s)`,
            });
          }
        }
        s.figures.forEach((_, i) => {
          if (!used.has(i + 1)) {
            ctx.addIssue({
              code: 'custom',
              path: ['text', code],
              message: `never uses {${i + 1}}: write each figure as a placeholder, never as typed digits`,
            });
          }
        });
      }
    });
export type Statement = z.output<ReturnType<typeof statementSchema>>;

/** A period as written in observations.csv, with its first and last day-precision bounds as partial dates. */
export interface Period {
  readonly type: PeriodType;
  /** Exactly as written in the file (`2022`, `2000/2023`, `2024-06`). */
  readonly raw: string;
  /** Partial date where the period starts (`2000`); for as-of periods, the same as `end`. */
  readonly start: string;
  /** Partial date where the period ends or the count stops. */
  readonly end: string;
}

/** One row of observations.csv after validation. */
export interface Observation {
  /** Row number as a spreadsheet shows it (the header is row 1). */
  readonly row: number;
  readonly indicator: string;
  readonly period: Period;
  readonly geography: Geography;
  readonly value: number;
  readonly qualifier: Qualifier;
  /** Upper end of a range; null otherwise. */
  readonly high: number | null;
  readonly source: string;
  /** Date of the report that gave the figure; null when the source shows none. */
  readonly vintage: string | null;
  readonly note: string;
}

/** The columns of observations.csv, in order. */
export const OBSERVATION_COLUMNS = [
  'indicator',
  'period',
  'period_type',
  'geography',
  'value',
  'qualifier',
  'high',
  'source',
  'vintage',
  'note',
] as const;
