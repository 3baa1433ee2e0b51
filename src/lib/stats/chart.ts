import type { LocaleCode } from '../../i18n/locales';
import type { ChartDatum, ChartKind } from './chartGeometry';
import { yearSlots } from './chartGeometry';
import { formatPartialDate } from '../dates';
import type { DerivedIndicator, SeriesEntry } from './derive';
import { formatPeriod, formatQualified, UNIT_KEYS, type Translate } from './format';

/**
 * The figures a chart draws: one per year, hollow when not exact.
 * @example chartData(series)[0] // { key: 2014, value: 1356, high: null, exact: true }
 */
export function chartData(series: readonly SeriesEntry[]): ChartDatum[] {
  return series.map((e) => ({
    key: e.year,
    value: e.chosen.value,
    high: e.chosen.high,
    exact: e.chosen.qualifier === 'exact',
  }));
}

/**
 * Years as a list in words: "2019 and 2020" / "2019 y 2020".
 * @example listYears([2019, 2020], 'en-US') // '2019 and 2020'
 */
export function listYears(years: readonly number[], intl: string): string {
  return new Intl.ListFormat(intl, { type: 'conjunction' }).format(
    years.map((y) => formatPartialDate(String(y), intl)),
  );
}

/** Words that go with a chart: its title, description, axis titles and legend lines. */
export interface ChartText {
  readonly title: string;
  readonly desc: string;
  readonly xAxis: string;
  readonly yAxis: string;
  readonly legend: readonly string[];
}

/**
 * Title, description (for `<title>` and `<desc>`), axis titles and legend of an indicator's chart, in a locale.
 * The description names the range, lowest and highest figure, missing years and figures that are not exact.
 * @example describeChart(derived, 'line', 'en-US', t).desc // 'Line chart of yearly figures from 2014 to 2023. …'
 */
export function describeChart(
  derived: DerivedIndicator,
  kind: ChartKind,
  locale: LocaleCode,
  intl: string,
  t: Translate,
): ChartText {
  const { series, indicator } = derived;
  const first = series[0];
  const last = series[series.length - 1];
  if (!first || !last) throw new Error(`Indicator "${indicator.id}" has no yearly figures to chart`);
  const period = (e: SeriesEntry) => formatPeriod(e.period, intl, t);
  const value = (e: SeriesEntry) => formatQualified({ ...e.chosen }, intl, t);
  const min = series.reduce((a, b) => (b.chosen.value < a.chosen.value ? b : a));
  const max = series.reduce((a, b) => (b.chosen.value > a.chosen.value ? b : a));
  const vars = {
    start: period(first),
    end: period(last),
    min: value(min),
    minPeriod: period(min),
    max: value(max),
    maxPeriod: period(max),
  };
  const present = new Set(series.map((e) => e.year));
  const gaps = yearSlots(series.map((e) => ({ key: e.year }))).filter((y) => !present.has(y));
  const notExact = series.filter((e) => e.chosen.qualifier !== 'exact');
  const sentences = [t(kind === 'line' ? 'stats.chart.descLine' : 'stats.chart.descBar', vars)];
  const legend: string[] = [];
  if (gaps.length > 0) {
    sentences.push(t('stats.chart.descGaps', { years: listYears(gaps, intl) }));
    legend.push(t('stats.chart.legendGaps', { years: listYears(gaps, intl) }));
  }
  if (notExact.length > 0) {
    sentences.push(
      t('stats.chart.descNotExact', {
        periods: new Intl.ListFormat(intl, { type: 'conjunction' }).format(
          notExact.map((e) => `${period(e)}: ${value(e)}`),
        ),
      }),
    );
    legend.push(t('stats.chart.legendNotExact'));
  }
  sentences.push(t('stats.chart.descTable'));
  return {
    title: t('stats.chart.title', {
      label: indicator.label[locale],
      range: t('stats.period.span', { start: vars.start, end: vars.end }),
    }),
    desc: sentences.join(' '),
    xAxis: t(first.period.type === 'fiscal-year' ? 'stats.chart.xAxisFiscal' : 'stats.chart.xAxis'),
    yAxis: t(UNIT_KEYS[indicator.unit]),
    legend,
  };
}
