import { describe, expect, it } from 'vitest';
import { loadSources } from '../../src/lib/contentFiles';
import { keyFigures } from '../../src/lib/stats/keyFigures';
import { deriveIndicator, deriveStats } from '../../src/lib/stats/derive';
import { loadStats } from '../../src/lib/stats/load';
import type { Observation } from '../../src/lib/stats/schema';
import { testIndicator } from '../fixtures/statsIndicator';

function row(indicator: string, period: string, value: number, qualifier: Observation['qualifier'] = 'exact') {
  return {
    row: 2,
    indicator,
    period: { type: 'year' as const, raw: period, start: period, end: period },
    geography: 'worcester-city' as const,
    value,
    qualifier,
    high: null,
    source: 'spectrum-2017-release',
    vintage: '2024-06',
    note: '',
  };
}

describe('key figures at the top of the statistics page', () => {
  it('gives the latest DPH death count for Massachusetts, Worcester County and the City of Worcester', () => {
    const ids = new Set(loadSources('content').map((s) => s.id));
    const figures = keyFigures(deriveStats(loadStats('content/stats', ids)).indicators);
    expect(figures.map((f) => [f.geography, f.anchor])).toEqual([
      ['massachusetts', 'ma-dph-deaths-confirmed-estimated'],
      ['worcester-county', 'worcester-county-dph-deaths'],
      ['worcester-city', 'worcester-city-dph-deaths-residents'],
    ]);
    expect(figures[2]).toMatchObject({ value: 130, period: '2023', source: 'wbj-2024-06-county-deaths-drop' });
  });

  it('never puts a police count in place of a health-department count', () => {
    const police = { ...testIndicator, id: 'police', group: 'police' as const, geography: 'worcester-city' as const };
    const derived = deriveIndicator(police, [row('police', '2022', 79)]);
    expect(keyFigures([derived])).toEqual([]);
  });

  it('leaves out a place whose latest figure is not exact', () => {
    const city = { ...testIndicator, id: 'city', group: 'city-health' as const, geography: 'worcester-city' as const };
    const derived = deriveIndicator(city, [row('city', '2022', 141), row('city', '2023', 130, 'approximately')]);
    expect(keyFigures([derived])).toEqual([]);
  });
});
