import { describe, expect, it } from 'vitest';
import { loadSources } from '../../src/lib/contentFiles';
import {
  annualSeries,
  changeFrom,
  compareVintage,
  deriveIndicator,
  deriveStats,
  isOneYearBefore,
  newestPerPeriod,
  newestVintage,
  peakOf,
  revisionsOf,
  shiftYears,
} from '../../src/lib/stats/derive';
import { loadStats } from '../../src/lib/stats/load';
import type { Observation, Period, Qualifier } from '../../src/lib/stats/schema';
import { testIndicator } from '../fixtures/statsIndicator';

let nextRow = 2;
function row(
  period: string,
  value: number,
  vintage: string | null,
  extra: { qualifier?: Qualifier; type?: Period['type']; high?: number } = {},
): Observation {
  const type = extra.type ?? 'year';
  const [start = period, end = period] = type === 'span' ? period.split('/') : [period, period];
  return {
    row: nextRow++,
    indicator: 'test',
    period: { type, raw: period, start, end },
    geography: 'massachusetts',
    value,
    qualifier: extra.qualifier ?? 'exact',
    high: extra.high ?? null,
    source: 'spectrum-2017-release',
    vintage,
    note: '',
  };
}

const indicator = testIndicator;

describe('report dates (vintages)', () => {
  it('puts a row without a report date before every dated row', () => {
    expect(['2024-06', null, '2022-12'].sort(compareVintage)).toEqual([null, '2022-12', '2024-06']);
  });

  it('counts a year-only report date as older than a month in that year', () => {
    expect(compareVintage('2024', '2024-06')).toBeLessThan(0);
  });

  it('finds the newest report date and ignores rows without one', () => {
    expect(newestVintage(['2020-02', null, '2024-06', '2023-12'])).toBe('2024-06');
    expect(newestVintage([null])).toBeNull();
  });
});

describe('value used for each period', () => {
  it('takes the figure of the newest report', () => {
    const values = newestPerPeriod([
      row('2022', 2357, '2023-06'),
      row('2022', 2359, '2023-12'),
      row('2022', 2357, '2024-06'),
    ]);
    expect(values).toHaveLength(1);
    expect(values[0]?.chosen.vintage).toBe('2024-06');
    expect(values[0]?.rows.map((r) => r.value)).toEqual([2357, 2359, 2357]);
  });

  it('prefers a dated report over a row whose date is not stated', () => {
    const values = newestPerPeriod([row('2014', 1282, '2016-05'), row('2014', 1099, null)]);
    expect(values[0]?.chosen.value).toBe(1282);
  });

  it('does not depend on the order of the rows in the file', () => {
    const a = newestPerPeriod([row('2016', 1979, '2017-02'), row('2016', 2111, '2024-06')]);
    const b = newestPerPeriod([row('2016', 2111, '2024-06'), row('2016', 1979, '2017-02')]);
    expect(a[0]?.chosen.value).toBe(2111);
    expect(b[0]?.chosen.value).toBe(2111);
  });

  it('lists yearly periods first, then spans and "as of" dates', () => {
    const values = newestPerPeriod([
      row('2000/2023', 25000, '2023-12', { type: 'span', qualifier: 'more-than' }),
      row('2023', 2125, '2024-06'),
      row('2022', 2357, '2024-06'),
    ]);
    expect(values.map((v) => v.period.raw)).toEqual(['2022', '2023', '2000/2023']);
  });
});

describe('change from the year before', () => {
  it('works out the absolute and percent change between adjacent years', () => {
    const [a, b] = annualSeries(newestPerPeriod([row('2022', 2357, '2024-06'), row('2023', 2125, '2024-06')]));
    const change = changeFrom(a, b!);
    expect(change).toMatchObject({ kind: 'change', absolute: -232, mixedVintage: false });
    expect(change.kind === 'change' && change.percent).toBeCloseTo(-0.0984, 4);
  });

  it('leaves a missing year as a gap with no change across it', () => {
    const series = annualSeries(newestPerPeriod([row('2019', 75, '2020-02'), row('2021', 34, '2023-02')]));
    expect(series[1]?.change).toEqual({ kind: 'gap', missingYear: 2020 });
  });

  it('says the first year has nothing to compare with', () => {
    const series = annualSeries(newestPerPeriod([row('2019', 75, '2020-02')]));
    expect(series[0]?.change).toEqual({ kind: 'first' });
  });

  it('works out no change when a figure is not exact', () => {
    const series = annualSeries(
      newestPerPeriod([row('2015', 900, '2016-01', { qualifier: 'approximately' }), row('2016', 957, '2019-01')]),
    );
    expect(series[1]?.change.kind).toBe('not-exact');
  });

  it('marks a change between figures from different reports', () => {
    const series = annualSeries(newestPerPeriod([row('2020', 2092, '2024-06'), row('2021', 2301, '2022-12')]));
    expect(series[1]?.change).toMatchObject({ kind: 'change', absolute: 209, mixedVintage: true });
  });

  it('keeps decimals of rates without floating-point noise', () => {
    const series = annualSeries(newestPerPeriod([row('2020', 29.9, '2022-06'), row('2021', 32.6, '2022-06')]));
    expect(series[1]?.change).toMatchObject({ absolute: 2.7 });
  });
});

describe('highest figure', () => {
  it('names the highest year of an exact series', () => {
    const peak = peakOf(
      annualSeries(newestPerPeriod([row('2021', 2301, 'x'), row('2022', 2357, 'x'), row('2023', 2125, 'x')])),
    );
    expect(peak?.value).toBe(2357);
    expect(peak?.entries.map((e) => e.year)).toEqual([2022]);
  });

  it('names every year that reached the highest figure', () => {
    const peak = peakOf(
      annualSeries(newestPerPeriod([row('2018', 282, 'x'), row('2019', 250, 'x'), row('2020', 282, 'x')])),
    );
    expect(peak?.entries.map((e) => e.year)).toEqual([2018, 2020]);
  });

  it('names no highest year when a figure is only a lower limit', () => {
    const series = annualSeries(
      newestPerPeriod([row('2015', 1000, 'x', { qualifier: 'more-than' }), row('2016', 900, 'x')]),
    );
    expect(peakOf(series)).toBeNull();
  });

  it('names no highest year for a single year', () => {
    expect(peakOf(annualSeries(newestPerPeriod([row('2024', 1340, '2025')])))).toBeNull();
  });
});

describe('revision log', () => {
  it('lists periods whose reports disagree, oldest report first', () => {
    const values = newestPerPeriod([
      row('2016', 2111, '2024-06'),
      row('2016', 1979, '2017-02'),
      row('2020', 2092, '2024-06'),
    ]);
    const log = revisionsOf(values);
    expect(log.map((p) => p.period.raw)).toEqual(['2016']);
    expect(log[0]?.rows.map((r) => r.value)).toEqual([1979, 2111]);
  });

  it('leaves out periods whose reports agree', () => {
    expect(revisionsOf(newestPerPeriod([row('2022', 141, '2023-12'), row('2022', 141, '2024-06')]))).toEqual([]);
  });
});

describe('one indicator', () => {
  it('uses the newest year as the latest figure, not a span that ends that year', () => {
    const d = deriveIndicator(indicator, [
      row('2022', 2357, '2024-06'),
      row('2023', 2125, '2024-06'),
      row('2000/2023', 25000, '2023-12', { type: 'span', qualifier: 'more-than' }),
    ]);
    expect(d.latest.period.raw).toBe('2023');
    expect(d.otherPeriods.map((p) => p.period.raw)).toEqual(['2000/2023']);
    expect(d.dataAsOf).toBe('2024-06');
  });

  it('uses the newest "as of" figure when there are no yearly ones', () => {
    const d = deriveIndicator(indicator, [
      row('2024-06', 1300, '2024-06', { type: 'as-of', qualifier: 'approximately' }),
    ]);
    expect(d.latest.chosen.value).toBe(1300);
    expect(d.latestChange).toEqual({ kind: 'first' });
  });

  it('compares two rolling 12-month periods one year apart, as it compares two years', () => {
    const d = deriveIndicator(indicator, [
      row('2022-07/2023-06', 2100, '2024-01', { type: 'span' }),
      row('2023-07/2024-06', 1500, '2025-01', { type: 'span' }),
    ]);
    expect(d.latest.period.raw).toBe('2023-07/2024-06');
    expect(d.latestChange).toMatchObject({ kind: 'change', absolute: -600, mixedVintage: true });
  });

  it('compares no spans of different length or not one year apart', () => {
    const longer = deriveIndicator(indicator, [
      row('2000/2016', 1670, '2017-09', { type: 'span' }),
      row('2000/2017', 1800, '2018-09', { type: 'span' }),
    ]);
    expect(longer.latestChange).toEqual({ kind: 'first' });
    const twoYears = deriveIndicator(indicator, [
      row('2021-07/2022-06', 2000, '2023-01', { type: 'span' }),
      row('2023-07/2024-06', 1500, '2025-01', { type: 'span' }),
    ]);
    expect(twoYears.latestChange).toEqual({ kind: 'first' });
  });
});

describe('periods one year apart', () => {
  const span = (raw: string): Period => {
    const [start = '', end = ''] = raw.split('/');
    return { type: 'span', raw, start, end };
  };
  const year = (raw: string): Period => ({ type: 'year', raw, start: raw, end: raw });

  it('pairs two 12-month spans ending a year apart, at month or day precision', () => {
    expect(isOneYearBefore(span('2022-07/2023-06'), span('2023-07/2024-06'))).toBe(true);
    expect(isOneYearBefore(span('2022-07-01/2023-06-30'), span('2023-07-01/2024-06-30'))).toBe(true);
  });

  it('pairs two years in a row, and no year with a span', () => {
    expect(isOneYearBefore(year('2022'), year('2023'))).toBe(true);
    expect(isOneYearBefore(year('2022'), year('2024'))).toBe(false);
    expect(isOneYearBefore(year('2023'), span('2023-07/2024-06'))).toBe(false);
  });

  it('never pairs two "as of" dates, which are points, not periods', () => {
    const asOf = (raw: string): Period => ({ type: 'as-of', raw, start: raw, end: raw });
    expect(isOneYearBefore(asOf('2023-06'), asOf('2024-06'))).toBe(false);
  });

  it('moves a partial date by whole years, keeping its precision', () => {
    expect(shiftYears('2023', 1)).toBe('2024');
    expect(shiftYears('2023-07', 1)).toBe('2024-07');
    expect(shiftYears('2023-07-01', 1)).toBe('2024-07-01');
  });
});

describe('golden values of the real data', () => {
  const ids = new Set(loadSources().map((s) => s.id));
  const stats = deriveStats(loadStats('content/stats', ids));
  const byId = (id: string) => {
    const d = stats.indicators.find((i) => i.indicator.id === id);
    if (!d) throw new Error(`missing indicator ${id}`);
    return d;
  };

  it('gives Massachusetts 2,357 deaths in 2022 from the June 2024 report', () => {
    const year = byId('ma-dph-deaths-confirmed-estimated').periods.find((p) => p.period.raw === '2022');
    expect(year?.chosen).toMatchObject({ value: 2357, vintage: '2024-06' });
  });

  it('gives Worcester County 278 deaths in 2023', () => {
    expect(byId('worcester-county-dph-deaths').latest.chosen).toMatchObject({ value: 278, period: { raw: '2023' } });
  });

  it('keeps every report of Massachusetts 2022 in the revision log', () => {
    const revision = byId('ma-dph-deaths-confirmed-estimated').revisions.find((p) => p.period.raw === '2022');
    expect(revision?.rows.map((r) => `${r.value}@${r.vintage}`)).toEqual([
      '2357@2023-06',
      '2359@2023-12',
      '2357@2024-06',
    ]);
  });

  it('keeps police counts and state counts for the city in separate series', () => {
    const police = byId('wpd-fatal-overdoses');
    const residents = byId('worcester-city-dph-deaths-residents');
    expect(police.rows.every((r) => r.indicator === 'wpd-fatal-overdoses')).toBe(true);
    expect(residents.rows.every((r) => r.indicator === 'worcester-city-dph-deaths-residents')).toBe(true);
  });

  it('leaves 2020 as a gap in the police count of deaths', () => {
    const entry = byId('wpd-fatal-overdoses').series.find((e) => e.year === 2021);
    expect(entry?.change).toEqual({ kind: 'gap', missingYear: 2020 });
  });
});
