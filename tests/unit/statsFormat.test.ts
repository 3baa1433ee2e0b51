import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n/ui';
import { formatShortDate } from '../../src/lib/dates';
import { deriveIndicator } from '../../src/lib/stats/derive';
import {
  fillFigures,
  formatChange,
  formatNumber,
  formatPeriod,
  formatQualified,
  formatStatedFigure,
  formatVintage,
  summarize,
} from '../../src/lib/stats/format';
import { placeholdersIn, statementSchema, type Observation, type StatedFigure } from '../../src/lib/stats/schema';
import { testIndicator } from '../fixtures/statsIndicator';

const en = useTranslations('en');
const es = useTranslations('es');
const pt = useTranslations('pt');

function row(period: string, value: number, extra: Partial<Observation> = {}): Observation {
  return {
    row: 2,
    indicator: 'test',
    period: { type: 'year', raw: period, start: period, end: period },
    geography: 'massachusetts',
    value,
    qualifier: 'exact',
    high: null,
    source: 'spectrum-2017-release',
    vintage: '2024-06',
    note: '',
    ...extra,
  };
}
const indicator = testIndicator;
const figure = (f: Partial<StatedFigure>): StatedFigure => ({
  value: 1,
  qualifier: 'exact',
  unit: 'people',
  label: { en: 'x', es: 'x', pt: 'x' },
  ...f,
});

describe('numbers in each locale', () => {
  it('groups thousands with a comma in English and US Spanish, with a dot in Brazilian Portuguese', () => {
    expect([formatNumber(2357, 'en-US'), formatNumber(2357, 'es-US'), formatNumber(2357, 'pt-BR')]).toEqual([
      '2,357',
      '2,357',
      '2.357',
    ]);
  });

  it('writes a rate with a decimal comma in Portuguese', () => {
    expect(formatNumber(29.9, 'pt-BR')).toBe('29,9');
  });
});

describe('qualified values', () => {
  it('says "more than" for a figure given as 400+', () => {
    expect(formatQualified({ value: 400, qualifier: 'more-than', high: null }, 'en-US', en)).toBe('more than 400');
  });

  it('says "at least" for a lower limit', () => {
    expect(formatQualified({ value: 10206, qualifier: 'at-least', high: null }, 'en-US', en)).toBe('at least 10,206');
  });

  it('says "nearly" for a figure just under a round number, in each language', () => {
    expect(formatQualified({ value: 200000, qualifier: 'nearly', high: null }, 'en-US', en)).toBe('nearly 200,000');
    expect(formatQualified({ value: 200000, qualifier: 'nearly', high: null }, 'pt-BR', pt)).toBe('quase 200.000');
  });

  it('says "about" for an approximate figure, in Portuguese too', () => {
    expect(formatQualified({ value: 1300, qualifier: 'approximately', high: null }, 'pt-BR', pt)).toBe(
      'cerca de 1.300',
    );
  });

  it('writes a range with both ends', () => {
    expect(formatQualified({ value: 150, qualifier: 'range', high: 200 }, 'es-US', es)).toBe('150 a 200');
  });

  it('writes an exact figure as the bare number', () => {
    expect(formatQualified({ value: 2357, qualifier: 'exact', high: null }, 'en-US', en)).toBe('2,357');
  });

  it('refuses a range without a high value', () => {
    expect(() => formatQualified({ value: 150, qualifier: 'range', high: null }, 'en-US', en)).toThrow(/high/);
  });
});

describe('periods and report dates', () => {
  it('writes a span in words', () => {
    expect(formatPeriod({ type: 'span', raw: '2000/2023', start: '2000', end: '2023' }, 'en-US', en)).toBe(
      '2000 to 2023',
    );
  });

  it('writes a fiscal year', () => {
    expect(formatPeriod({ type: 'fiscal-year', raw: '2015', start: '2015', end: '2015' }, 'es-US', es)).toBe(
      'año fiscal 2015',
    );
  });

  it('writes an "as of" month in the locale', () => {
    expect(formatPeriod({ type: 'as-of', raw: '2024-06', start: '2024-06', end: '2024-06' }, 'pt-BR', pt)).toBe(
      'até junho de 2024',
    );
  });

  it('says when a report date is not stated', () => {
    expect(formatVintage(null, 'en-US', en)).toBe('date not stated');
  });

  it('prints a report date on its own calendar day whatever the time zone', () => {
    expect(formatShortDate('2015-12-30', 'en-US')).toBe('Dec 30, 2015');
  });

  it('uses short month names in tables', () => {
    expect(formatVintage('2017-09', 'en-US', en, true)).toBe('Sep 2017');
  });
});

describe('change column', () => {
  it('shows a signed change and percentage', () => {
    const d = deriveIndicator(indicator, [row('2022', 2357), row('2023', 2125, { row: 3 })]);
    expect(formatChange(d.series[1]!.change, 'en-US', en)).toBe('-232 (-9.8%)');
  });

  it('names the missing year of a gap', () => {
    expect(formatChange({ kind: 'gap', missingYear: 2020 }, 'en-US', en)).toBe('no figure for 2020');
  });
});

describe('one-sentence summary', () => {
  const fall = deriveIndicator(indicator, [row('2022', 2357), row('2023', 2125, { row: 3 })]);

  it('says the latest figure fell, in English', () => {
    expect(summarize(fall, 'en-US', en)).toBe('The latest figure is 2,125 (2023), down 232 (9.8%) from 2022.');
  });

  it('says the same in Spanish with US number format', () => {
    expect(summarize(fall, 'es-US', es)).toBe('La cifra más reciente es 2,125 (2023), 232 menos (9.8%) que en 2022.');
  });

  it('says the same in Portuguese with Brazilian number format', () => {
    expect(summarize(fall, 'pt-BR', pt)).toBe('O número mais recente é 2.125 (2023), 232 a menos (9,8%) que em 2022.');
  });

  it('says the latest figure rose', () => {
    const rise = deriveIndicator(indicator, [row('2021', 281), row('2022', 331, { row: 3 })]);
    expect(summarize(rise, 'en-US', en)).toBe('The latest figure is 331 (2022), up 50 (17.8%) from 2021.');
  });

  it('says there is no change across a missing year', () => {
    const gap = deriveIndicator(indicator, [row('2019', 75), row('2021', 34, { row: 3 })]);
    expect(summarize(gap, 'en-US', en)).toBe(
      'The latest figure is 34 (2021); there is no figure for 2020, so no change is shown.',
    );
  });

  it('says when a figure stands alone', () => {
    const single = deriveIndicator(indicator, [row('2024', 1340)]);
    expect(summarize(single, 'en-US', en)).toMatch(/^The latest figure is 1,340 \(2024\); there is no figure/);
  });

  it('compares the latest rolling 12-month figure with the one a year before, which the table lists', () => {
    const span = (raw: string) => {
      const [start = '', end = ''] = raw.split('/');
      return { type: 'span' as const, raw, start, end };
    };
    const rolling = deriveIndicator(indicator, [
      row('2022-07/2023-06', 2000, { period: span('2022-07/2023-06') }),
      row('2023-07/2024-06', 1500, { row: 3, period: span('2023-07/2024-06') }),
    ]);
    expect(summarize(rolling, 'en-US', en)).toBe(
      'The latest figure is 1,500 (July 2023 to June 2024), down 500 (25%) from July 2022 to June 2023.',
    );
    expect(summarize(rolling, 'en-US', en)).not.toMatch(/no figure for the year before/);
  });

  it('keeps the qualifier of the latest figure', () => {
    const asOf = deriveIndicator(indicator, [
      row('2024-06', 1300, {
        qualifier: 'approximately',
        period: { type: 'as-of', raw: '2024-06', start: '2024-06', end: '2024-06' },
      }),
    ]);
    expect(summarize(asOf, 'en-US', en)).toMatch(/^The latest figure is about 1,300 \(up to June 2024\)/);
  });

  it('works out no change from a figure that is not exact', () => {
    const d = deriveIndicator(indicator, [
      row('2015', 900, { qualifier: 'approximately' }),
      row('2016', 957, { row: 3 }),
    ]);
    expect(summarize(d, 'en-US', en)).toContain('no change is worked out from 2015');
  });
});

describe('figures stated in words', () => {
  it('writes dollars as currency in each locale', () => {
    const grant = figure({ value: 99000, unit: 'usd' });
    expect([formatStatedFigure(grant, 'en-US', en), formatStatedFigure(grant, 'pt-BR', pt)]).toEqual([
      '$99,000',
      'US$\u00a099.000',
    ]);
  });

  it('writes a percentage with its sign', () => {
    expect(formatStatedFigure(figure({ value: 5, unit: 'percent' }), 'en-US', en)).toBe('5%');
  });

  it('fills each placeholder with its figure', () => {
    const figures = [
      figure({ value: 150, qualifier: 'range', high: 200 }),
      figure({ value: 100, qualifier: 'approximately' }),
    ];
    expect(fillFigures('Offer to {1}; {2} accept.', figures, 'en-US', en)).toBe(
      'Offer to 150 to 200; about 100 accept.',
    );
  });

  it('finds the numbered placeholders of a text', () => {
    expect(placeholdersIn('From {1} to {2}, not {name}')).toEqual([1, 2]);
  });
});

describe('statement schema', () => {
  const base = {
    id: 'grant',
    kind: 'program',
    date: '2017-09-28',
    figures: [{ value: 99000, qualifier: 'exact', unit: 'usd', label: { en: 'grant', es: 'subvención', pt: 'verba' } }],
    text: { en: 'A grant of {1}.', es: 'Una subvención de {1}.', pt: 'Uma verba de {1}.' },
    attribution: { en: 'State', es: 'Estado', pt: 'Estado' },
    quotes: [{ source: 'spectrum-2017-release', text: 'A $99,000 grant' }],
  };
  const schema = statementSchema(new Set(['spectrum-2017-release']));

  it('accepts a statement whose text uses every figure', () => {
    expect(schema.safeParse(base).success).toBe(true);
  });

  it('refuses a translation that types the number instead of using the placeholder', () => {
    const result = schema.safeParse({ ...base, text: { ...base.text, pt: 'Uma verba de US$ 99.000.' } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ['text', 'pt'] });
    expect(result.error?.issues[0]?.message).toContain('never uses {1}');
  });

  it('refuses a quote with an unknown source', () => {
    const result = schema.safeParse({ ...base, quotes: [{ source: 'nope', text: 'x' }] });
    expect(result.error?.issues[0]?.message).toContain('unknown source id "nope"');
  });

  it('refuses a range without its upper end', () => {
    const result = schema.safeParse({ ...base, figures: [{ ...base.figures[0], qualifier: 'range' }] });
    expect(result.error?.issues[0]?.path).toEqual(['figures', 0, 'high']);
  });
});
