import type { UIKey } from '../../i18n/ui/schema';
import { formatPartialDate, formatShortDate } from '../dates';
import type { Change, DerivedIndicator } from './derive';
import type { Geography, Period, Qualifier, StatedFigure, StatGroup, StatUnit } from './schema';

/** A translator bound to one locale, as returned by `useTranslations`. */
export type Translate = (key: UIKey, vars?: Readonly<Record<string, string | number>>) => string;

/**
 * A number in the locale's format (`en-US` 2,357; `pt-BR` 2.357; `pt-BR` 29,9).
 * @example formatNumber(2357, 'pt-BR') // '2.357'
 */
export function formatNumber(value: number, intl: string): string {
  return new Intl.NumberFormat(intl, { maximumFractionDigits: 3 }).format(value);
}

/**
 * A relative change as a percentage with one decimal (0.0984 → 9.8%).
 * @example formatPercent(-0.0984, 'en-US', true) // '-9.8%'
 */
export function formatPercent(ratio: number, intl: string, signed = false): string {
  return new Intl.NumberFormat(intl, {
    style: 'percent',
    maximumFractionDigits: 1,
    signDisplay: signed ? 'exceptZero' : 'never',
  }).format(ratio);
}

/** The parts of a row or figure that decide how its value reads. */
export interface QualifiedValue {
  readonly value: number;
  readonly qualifier: Qualifier;
  readonly high: number | null | undefined;
}

/**
 * A value with its qualifier in words: "at least 10,206", "about 60", "150 to 200".
 * `format` turns a bare number into text (plain numbers by default).
 * @example formatQualified({ value: 400, qualifier: 'more-than', high: null }, 'en-US', t) // 'more than 400'
 */
export function formatQualified(
  v: QualifiedValue,
  intl: string,
  t: Translate,
  format: (n: number) => string = (n) => formatNumber(n, intl),
): string {
  const value = format(v.value);
  switch (v.qualifier) {
    case 'exact':
      return value;
    case 'at-least':
      return t('stats.qualifier.atLeast', { value });
    case 'more-than':
      return t('stats.qualifier.moreThan', { value });
    case 'nearly':
      return t('stats.qualifier.nearly', { value });
    case 'approximately':
      return t('stats.qualifier.about', { value });
    case 'range':
      if (v.high == null) throw new Error(`A range needs a high value (low ${v.value})`);
      return t('stats.qualifier.range', { low: value, high: format(v.high) });
  }
}

/**
 * A period in words: "2022", "fiscal year 2015", "2000 to 2023", "as of June 2024".
 * @example formatPeriod({ type: 'as-of', raw: '2024-06', start: '2024-06', end: '2024-06' }, 'en-US', t) // 'as of June 2024'
 */
export function formatPeriod(period: Period, intl: string, t: Translate): string {
  switch (period.type) {
    case 'year':
      return formatPartialDate(period.raw, intl);
    case 'fiscal-year':
      return t('stats.period.fiscalYear', { year: formatPartialDate(period.raw, intl) });
    case 'span':
      return t('stats.period.span', {
        start: formatPartialDate(period.start, intl),
        end: formatPartialDate(period.end, intl),
      });
    case 'as-of':
      return t('stats.period.asOf', { date: formatPartialDate(period.raw, intl) });
  }
}

/**
 * A report date, or "date not stated"; `short` uses short month names for tables.
 * @example formatVintage('2024-06', 'es-US', t) // 'junio de 2024'
 */
export function formatVintage(vintage: string | null, intl: string, t: Translate, short = false): string {
  if (vintage === null) return t('stats.vintage.notStated');
  return short ? formatShortDate(vintage, intl) : formatPartialDate(vintage, intl);
}

/**
 * The change column of a table: "-232 (-9.8%)", or why there is none.
 * @example formatChange(change, 'en-US', t) // '-232 (-9.8%)'
 */
export function formatChange(change: Change, intl: string, t: Translate): string {
  switch (change.kind) {
    case 'first':
      return t('stats.change.first');
    case 'gap':
      return t('stats.change.gap', { year: formatPartialDate(String(change.missingYear), intl) });
    case 'not-exact':
      return t('stats.change.notExact');
    case 'change': {
      const abs = new Intl.NumberFormat(intl, { maximumFractionDigits: 3, signDisplay: 'exceptZero' }).format(
        change.absolute,
      );
      return change.percent === null
        ? abs
        : t('stats.change.value', { change: abs, percent: formatPercent(change.percent, intl, true) });
    }
  }
}

/**
 * The one-sentence summary of an indicator in a locale: its latest figure and the change from the year before.
 * @example summarize(derived, 'en-US', t) // 'The latest figure is 2,125 (2023), down 232 (9.8%) from 2022.'
 */
export function summarize(derived: DerivedIndicator, intl: string, t: Translate): string {
  const { latest, latestChange } = derived;
  const value = formatQualified({ ...latest.chosen }, intl, t);
  const period = formatPeriod(latest.period, intl, t);
  const change = latestChange;
  switch (change.kind) {
    case 'first':
      return t('stats.summary.single', { value, period });
    case 'gap':
      return t('stats.summary.gap', { value, period, missing: formatPartialDate(String(change.missingYear), intl) });
    case 'not-exact':
      return t('stats.summary.notExact', { value, period, previous: formatPeriod(change.previous.period, intl, t) });
    case 'change': {
      const previous = formatPeriod(change.previous.period, intl, t);
      if (change.absolute === 0) return t('stats.summary.same', { value, period, previous });
      if (change.percent === null) return t('stats.summary.upFromZero', { value, period, previous });
      const vars = {
        value,
        period,
        previous,
        change: formatNumber(Math.abs(change.absolute), intl),
        percent: formatPercent(Math.abs(change.percent), intl),
      };
      return t(change.absolute > 0 ? 'stats.summary.up' : 'stats.summary.down', vars);
    }
  }
}

/**
 * A figure stated in words, formatted for its unit: dollars as currency, percentages with %.
 * @example formatStatedFigure({ value: 99000, qualifier: 'exact', unit: 'usd', … }, 'en-US', t) // '$99,000'
 */
export function formatStatedFigure(figure: StatedFigure, intl: string, t: Translate): string {
  const format = (n: number): string => {
    if (figure.unit === 'usd') {
      return new Intl.NumberFormat(intl, { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(n);
    }
    if (figure.unit === 'percent') return formatPercent(n / 100, intl);
    return formatNumber(n, intl);
  };
  return formatQualified(
    { value: figure.value, qualifier: figure.qualifier, high: figure.high ?? null },
    intl,
    t,
    format,
  );
}

/**
 * A statement's sentence with `{1}`, `{2}` … replaced by its figures in the locale's format.
 * @example fillFigures('A grant of {1}.', [grant], 'en-US', t) // 'A grant of $99,000.'
 */
export function fillFigures(text: string, figures: readonly StatedFigure[], intl: string, t: Translate): string {
  return text.replace(/\{(\d+)\}/g, (_, n: string) => {
    const figure = figures[Number(n) - 1];
    if (!figure) throw new Error(`Placeholder {${n}} has no figure in "${text}"`);
    return formatStatedFigure(figure, intl, t);
  });
}

/** UI string of each page section. */
export const GROUP_KEYS = {
  state: 'stats.group.state',
  county: 'stats.group.county',
  'city-health': 'stats.group.cityHealth',
  police: 'stats.group.police',
  naloxone: 'stats.group.naloxone',
  'help-lines': 'stats.group.helpLines',
} as const satisfies Record<StatGroup, UIKey>;

/** UI string of each unit (table heading, axis title). */
export const UNIT_KEYS = {
  deaths: 'stats.unit.deaths',
  overdoses: 'stats.unit.overdoses',
  'rate-per-100k': 'stats.unit.ratePer100k',
  incidents: 'stats.unit.incidents',
  reversals: 'stats.unit.reversals',
  boxes: 'stats.unit.boxes',
  kits: 'stats.unit.kits',
  calls: 'stats.unit.calls',
} as const satisfies Record<StatUnit, UIKey>;

/** UI string of each place. */
export const GEOGRAPHY_KEYS = {
  massachusetts: 'stats.geo.massachusetts',
  'worcester-county': 'stats.geo.worcesterCounty',
  'worcester-city': 'stats.geo.worcesterCity',
  'united-states': 'stats.geo.unitedStates',
} as const satisfies Record<Geography, UIKey>;
