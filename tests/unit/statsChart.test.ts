import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n/ui';
import { chartData, describeChart, listYears } from '../../src/lib/stats/chart';
import { deriveIndicator } from '../../src/lib/stats/derive';
import type { Observation, Qualifier } from '../../src/lib/stats/schema';
import { testIndicator } from '../fixtures/statsIndicator';

const en = useTranslations('en');
const es = useTranslations('es');
const indicator = {
  ...testIndicator,
  id: 'police-deaths',
  group: 'police' as const,
  geography: 'worcester-city' as const,
  label: { en: 'Police deaths', es: 'Muertes policía', pt: 'Mortes polícia' },
};
const row = (year: number, value: number, qualifier: Qualifier = 'exact'): Observation => ({
  row: year,
  indicator: 'police-deaths',
  period: { type: 'year', raw: String(year), start: String(year), end: String(year) },
  geography: 'worcester-city',
  value,
  qualifier,
  high: null,
  source: 's',
  vintage: '2023-02',
  note: '',
});
const derived = deriveIndicator(indicator, [
  row(2017, 76),
  row(2018, 71),
  row(2019, 75),
  row(2021, 34, 'approximately'),
  row(2022, 79),
]);

describe('chart words', () => {
  it('titles the chart with the series and its years', () => {
    expect(describeChart(derived, 'line', 'en', 'en-US', en).title).toBe('Police deaths, 2017 to 2022');
  });

  it('describes the lowest and highest figures', () => {
    expect(describeChart(derived, 'line', 'en', 'en-US', en).desc).toContain(
      'The lowest is about 34 in 2021 and the highest is 79 in 2022.',
    );
  });

  it('names the missing years in the description and the legend', () => {
    const text = describeChart(derived, 'line', 'en', 'en-US', en);
    expect(text.desc).toContain('There is no figure for 2020.');
    expect(text.legend.some((l) => l.includes('2020'))).toBe(true);
  });

  it('names figures that are not exact, so the meaning never rests on the drawing alone', () => {
    expect(describeChart(derived, 'line', 'en', 'en-US', en).desc).toContain('2021: about 34');
  });

  it('labels the axes with the unit and the kind of year', () => {
    const text = describeChart(derived, 'bar', 'es', 'es-US', es);
    expect([text.xAxis, text.yAxis]).toEqual(['Año', 'Muertes']);
    expect(text.desc).toMatch(/^Gráfico de barras/);
  });

  it('draws hollow markers only for figures that are not exact', () => {
    expect(chartData(derived.series).map((d) => d.exact)).toEqual([true, true, true, false, true]);
  });

  it('lists years in the words of the locale', () => {
    expect([listYears([2019, 2020], 'en-US'), listYears([2019, 2020], 'es-US')]).toEqual([
      '2019 and 2020',
      '2019 y 2020',
    ]);
  });
});
