import { describe, expect, it } from 'vitest';
import { loadSources } from '../../src/lib/contentFiles';
import { headlineChange } from '../../src/lib/stats/headline';
import { deriveIndicator, deriveStats } from '../../src/lib/stats/derive';
import { loadStats } from '../../src/lib/stats/load';
import { testIndicator } from '../fixtures/statsIndicator';

const row = (period: string, value: number) => ({
  row: 2,
  indicator: 'test',
  period: { type: 'year' as const, raw: period, start: period, end: period },
  geography: 'massachusetts' as const,
  value,
  qualifier: 'exact' as const,
  high: null,
  source: 'spectrum-2017-release',
  vintage: '2023-02',
  note: '',
});

describe('the headline change above a series', () => {
  it('is the change from the year before when both figures are final', () => {
    const derived = deriveIndicator(testIndicator, [row('2021', 34), row('2022', 79)]);
    expect(headlineChange(derived)).toMatchObject({ kind: 'change', absolute: 45 });
  });

  it('is withheld when the earlier or the later figure is provisional', () => {
    for (const provisional of [['2021'], ['2022']]) {
      const derived = deriveIndicator({ ...testIndicator, provisional }, [row('2021', 34), row('2022', 79)]);
      expect(headlineChange(derived)).toEqual({ kind: 'provisional', previous: '2021' });
    }
  });

  it('makes no headline comparison for the early Worcester Police counts of 2021 and 2022', () => {
    const ids = new Set(loadSources('content').map((s) => s.id));
    const stats = deriveStats(loadStats('content/stats', ids));
    const police = stats.indicators.find((d) => d.indicator.id === 'wpd-fatal-overdoses')!;
    expect(police.latestChange).toMatchObject({ kind: 'change', absolute: 45 });
    expect(headlineChange(police)).toEqual({ kind: 'provisional', previous: '2021' });
  });
});
