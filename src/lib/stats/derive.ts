import type { StatsData } from './load';
import type { Indicator, Observation, Period } from './schema';

/**
 * Orders report dates: older first, and a row without a stated date before every dated row.
 * Partial dates compare as text, so `2024` comes before `2024-06`.
 * @example ['2024-06', null, '2022-12'].sort(compareVintage) // [null, '2022-12', '2024-06']
 */
export function compareVintage(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

/**
 * The newest of some report dates, or null when none is stated.
 * @example newestVintage(['2020-02', null, '2024-06']) // '2024-06'
 */
export function newestVintage(vintages: Iterable<string | null>): string | null {
  let newest: string | null = null;
  for (const v of vintages) if (compareVintage(v, newest) > 0) newest = v;
  return newest;
}

/**
 * True for the period types that form a yearly series (charted, with changes).
 * @example isAnnual({ type: 'span', raw: '2000/2023', start: '2000', end: '2023' }) // false
 */
export function isAnnual(period: Period): boolean {
  return period.type === 'year' || period.type === 'fiscal-year';
}

/**
 * Orders periods for tables: yearly periods by year, then other periods by end and start date.
 * @example [span2000to2023, year2023].sort(comparePeriods)[0].raw // '2023'
 */
export function comparePeriods(a: Period, b: Period): number {
  if (isAnnual(a) !== isAnnual(b)) return isAnnual(a) ? -1 : 1;
  if (a.end !== b.end) return a.end < b.end ? -1 : 1;
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  return 0;
}

/** The figure used for one period (from the newest report) and the figures of older reports. */
export interface PeriodValue {
  readonly period: Period;
  readonly chosen: Observation;
  /** Every row for the period, oldest report first (includes `chosen`). */
  readonly rows: readonly Observation[];
}

/**
 * One value per period: the row of the newest report. Rows without a report date count as oldest.
 * @example newestPerPeriod(rows).find((p) => p.period.raw === '2022')?.chosen.value // 2357
 */
export function newestPerPeriod(observations: readonly Observation[]): PeriodValue[] {
  const groups = new Map<string, Observation[]>();
  for (const o of observations) {
    const key = `${o.period.type}:${o.period.raw}`;
    groups.set(key, [...(groups.get(key) ?? []), o]);
  }
  return [...groups.values()]
    .map((rows) => {
      const sorted = [...rows].sort((a, b) => compareVintage(a.vintage, b.vintage) || a.row - b.row);
      const chosen = sorted[sorted.length - 1] as Observation;
      return { period: chosen.period, chosen, rows: sorted };
    })
    .sort((a, b) => comparePeriods(a.period, b.period));
}

/** How a yearly figure compares with the year before it. */
export type Change =
  | { readonly kind: 'first' }
  | { readonly kind: 'gap'; readonly missingYear: number }
  | { readonly kind: 'not-exact'; readonly previous: PeriodValue }
  | {
      readonly kind: 'change';
      readonly previous: PeriodValue;
      readonly absolute: number;
      /** Relative change (0.1 is 10%); null when the previous figure is zero. */
      readonly percent: number | null;
      /** The two figures come from different reports, so part of the change may be a revision. */
      readonly mixedVintage: boolean;
    };

function decimals(n: number): number {
  const s = String(n);
  const dot = s.indexOf('.');
  return dot === -1 ? 0 : s.length - dot - 1;
}

/**
 * A partial date moved by whole years, keeping its precision.
 * @example shiftYears('2023-07', 1) // '2024-07'
 */
export function shiftYears(date: string, years: number): string {
  const [y = '', ...rest] = date.split('-');
  return [String(Number(y) + years).padStart(4, '0'), ...rest].join('-');
}

/**
 * True when `earlier` is a period of the same kind and length exactly one year before `later`: two calendar
 * or fiscal years in a row, or two spans whose start and end both lie one year apart (CDC's "12 months
 * ending June 2023" and "12 months ending June 2024"). "As of" dates are points, not periods: never.
 * @example isOneYearBefore(span('2022-07/2023-06'), span('2023-07/2024-06')) // true
 */
export function isOneYearBefore(earlier: Period, later: Period): boolean {
  if (earlier.type !== later.type || later.type === 'as-of') return false;
  if (isAnnual(later)) return Number(earlier.raw) === Number(later.raw) - 1;
  return shiftYears(earlier.start, 1) === later.start && shiftYears(earlier.end, 1) === later.end;
}

/**
 * The change from the same period a year before: between adjacent years of one series, or between two
 * periods of equal length one year apart, and only between exact figures. A missing year stays a gap: no
 * change is worked out across it. A span with no span one year before it has nothing to compare ('first').
 * @example changeFrom(prev2022, this2023) // { kind: 'change', absolute: -232, percent: -0.0984…, mixedVintage: false }
 */
export function changeFrom(previous: PeriodValue | undefined, current: PeriodValue): Change {
  if (!previous) return { kind: 'first' };
  if (!isOneYearBefore(previous.period, current.period)) {
    return isAnnual(current.period) ? { kind: 'gap', missingYear: Number(current.period.raw) - 1 } : { kind: 'first' };
  }
  if (previous.chosen.qualifier !== 'exact' || current.chosen.qualifier !== 'exact') {
    return { kind: 'not-exact', previous };
  }
  const places = Math.max(decimals(previous.chosen.value), decimals(current.chosen.value));
  const absolute = Number((current.chosen.value - previous.chosen.value).toFixed(places));
  const percent = previous.chosen.value === 0 ? null : absolute / previous.chosen.value;
  return {
    kind: 'change',
    previous,
    absolute,
    percent,
    mixedVintage: previous.chosen.vintage !== current.chosen.vintage,
  };
}

/** A yearly figure with its change from the year before. */
export interface SeriesEntry extends PeriodValue {
  readonly year: number;
  readonly change: Change;
}

/**
 * The yearly series of an indicator (calendar or fiscal years), oldest first, each with its change.
 * @example annualSeries(newestPerPeriod(rows)).map((e) => e.year) // [2014, 2015, …]
 */
export function annualSeries(values: readonly PeriodValue[]): SeriesEntry[] {
  const annual = values.filter((v) => isAnnual(v.period));
  return annual.map((v, i) => ({ ...v, year: Number(v.period.raw), change: changeFrom(annual[i - 1], v) }));
}

/** The highest yearly figure and every year that reached it. */
export interface Peak {
  readonly value: number;
  readonly entries: readonly SeriesEntry[];
}

/**
 * The highest figure of a yearly series. Null for fewer than two years, or when any figure is not
 * exact (an "at least" or "about" figure could hide a higher one).
 * @example peakOf(series)?.entries[0].year // 2022
 */
export function peakOf(series: readonly SeriesEntry[]): Peak | null {
  if (series.length < 2 || series.some((e) => e.chosen.qualifier !== 'exact')) return null;
  const value = Math.max(...series.map((e) => e.chosen.value));
  return { value, entries: series.filter((e) => e.chosen.value === value) };
}

/**
 * Periods whose reports disagree, each with every row, oldest report first.
 * @example revisionsOf(newestPerPeriod(rows)).map((r) => r.period.raw) // ['2016', '2017', …]
 */
export function revisionsOf(values: readonly PeriodValue[]): PeriodValue[] {
  return values.filter((v) => new Set(v.rows.map((r) => `${r.value}|${r.qualifier}|${r.high}`)).size > 1);
}

/** Everything the page shows about one indicator, worked out from its rows. */
export interface DerivedIndicator {
  readonly indicator: Indicator;
  /** Every row, by period and then by report date. */
  readonly rows: readonly Observation[];
  readonly periods: readonly PeriodValue[];
  readonly series: readonly SeriesEntry[];
  /** Periods that are not years (spans, "as of" dates). */
  readonly otherPeriods: readonly PeriodValue[];
  /** The newest yearly figure, or the newest figure of any period when there are no yearly ones. */
  readonly latest: PeriodValue;
  /** The latest figure's change from the same period a year before (see changeFrom). */
  readonly latestChange: Change;
  readonly peak: Peak | null;
  /** Periods whose reports disagree (the revision log marks them revised). */
  readonly revisions: readonly PeriodValue[];
  /** Periods given by more than one report, whether or not the reports agree. */
  readonly multiReport: readonly PeriodValue[];
  /** Newest report date among the indicator's rows. */
  readonly dataAsOf: string | null;
  /** Source ids in the order the rows first cite them. */
  readonly sources: readonly string[];
}

/**
 * Works out latest value, changes, peak, revisions and "data as of" for one indicator.
 * Throws when the indicator has no rows (the loader reports that case first).
 * @example deriveIndicator(indicator, rows).latest.chosen.value // 2125
 */
export function deriveIndicator(indicator: Indicator, observations: readonly Observation[]): DerivedIndicator {
  const own = observations.filter((o) => o.indicator === indicator.id);
  const periods = newestPerPeriod(own);
  const series = annualSeries(periods);
  const otherPeriods = periods.filter((p) => !isAnnual(p.period));
  const lastSeries = series[series.length - 1];
  const latest =
    lastSeries ??
    otherPeriods.reduce<PeriodValue | undefined>(
      (best, p) => (!best || comparePeriods(best.period, p.period) < 0 ? p : best),
      undefined,
    );
  if (!latest) throw new Error(`Indicator "${indicator.id}" has no rows`);
  const rows = periods.flatMap((p) => p.rows);
  return {
    indicator,
    rows,
    periods,
    series,
    otherPeriods,
    latest,
    latestChange: lastSeries
      ? lastSeries.change
      : changeFrom(
          otherPeriods.find((p) => isOneYearBefore(p.period, latest.period)),
          latest,
        ),
    peak: peakOf(series),
    revisions: revisionsOf(periods),
    multiReport: periods.filter((p) => p.rows.length > 1),
    dataAsOf: newestVintage(own.map((o) => o.vintage)),
    sources: [...new Set(rows.map((r) => r.source))],
  };
}

/** The whole statistics page, worked out: indicators in file order and the newest report date. */
export interface DerivedStats {
  readonly indicators: readonly DerivedIndicator[];
  readonly dataAsOf: string | null;
}

/**
 * Derives every indicator of a data set.
 * @example deriveStats(loadStats('content/stats', ids)).dataAsOf // '2025'
 */
export function deriveStats(data: Pick<StatsData, 'indicators' | 'observations'>): DerivedStats {
  return {
    indicators: data.indicators.map((i) => deriveIndicator(i, data.observations)),
    dataAsOf: newestVintage(data.observations.map((o) => o.vintage)),
  };
}
