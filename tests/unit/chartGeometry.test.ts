import { describe, expect, it } from 'vitest';
import {
  chartGeometry,
  chooseChartKind,
  textWidth,
  yearSlots,
  type ChartDatum,
} from '../../src/lib/stats/chartGeometry';

const opts = {
  formatTick: (v: number) => String(v),
  formatKey: (k: number) => String(k),
  formatValue: (d: ChartDatum) => String(d.value),
};
const d = (key: number, value: number, extra: Partial<ChartDatum> = {}): ChartDatum => ({
  key,
  value,
  high: null,
  exact: true,
  ...extra,
});

describe('chart kind', () => {
  it('draws bars for fewer than five years', () => {
    expect(chooseChartKind([2017, 2018])).toBe('bar');
  });

  it('draws a line for five years or more, counting missing years', () => {
    expect(chooseChartKind([2017, 2021])).toBe('line');
  });
});

describe('year slots', () => {
  it('keeps a slot for every year between the first and the last', () => {
    expect(yearSlots([{ key: 2019 }, { key: 2017 }])).toEqual([2017, 2018, 2019]);
  });
});

describe('chart geometry', () => {
  it('starts the value axis at zero and ends it on a round number above the highest figure', () => {
    const g = chartGeometry([d(2022, 2357), d(2023, 2125)], opts);
    expect(g.yTicks[0]?.value).toBe(0);
    const top = g.yTicks[g.yTicks.length - 1]!.value;
    expect(top).toBeGreaterThanOrEqual(2357);
    expect(top % 500).toBe(0);
  });

  it('puts the zero tick on the bottom edge of the plot', () => {
    const g = chartGeometry([d(2022, 10), d(2023, 20)], opts);
    expect(g.yTicks[0]?.y).toBe(g.plot.bottom);
  });

  it('draws bars from the bottom edge, taller for larger figures', () => {
    const g = chartGeometry([d(2017, 77), d(2018, 90)], { ...opts, kind: 'bar' });
    const [a, b] = g.bars;
    expect(a!.y + a!.height).toBeCloseTo(g.plot.bottom, 6);
    expect(b!.height).toBeGreaterThan(a!.height);
  });

  it('keeps every bar inside the plot', () => {
    const g = chartGeometry([d(2017, 77), d(2018, 90), d(2019, 12)], { ...opts, kind: 'bar' });
    for (const bar of g.bars) {
      expect(bar.x).toBeGreaterThanOrEqual(g.plot.left);
      expect(bar.x + bar.width).toBeLessThanOrEqual(g.plot.right + 1e-9);
      expect(bar.y).toBeGreaterThanOrEqual(g.plot.top);
    }
  });

  it('lists missing years as gaps and breaks the line there', () => {
    const g = chartGeometry([d(2017, 76), d(2018, 71), d(2019, 75), d(2021, 34), d(2022, 79)], opts);
    expect(g.kind).toBe('line');
    expect(g.gaps.map((gap) => gap.key)).toEqual([2020]);
    expect(g.linePath?.match(/M/g)).toHaveLength(2);
  });

  it('draws one unbroken line when no year is missing', () => {
    const g = chartGeometry(
      [2014, 2015, 2016, 2017, 2018].map((y) => d(y, y - 2000)),
      opts,
    );
    expect(g.gaps).toEqual([]);
    expect(g.linePath?.match(/M/g)).toHaveLength(1);
  });

  it('marks figures that are not exact so they can be drawn hollow', () => {
    const g = chartGeometry([d(2015, 900, { exact: false }), d(2017, 957), d(2018, 1108)], { ...opts, kind: 'line' });
    expect(g.points.map((p) => p.exact)).toEqual([false, true, true]);
  });

  it('draws a whisker from the low to the high end of a range', () => {
    const g = chartGeometry([d(2017, 150, { high: 200, exact: false }), d(2018, 100)], opts);
    const [range] = g.ranges;
    expect(range!.y2).toBeLessThan(range!.y1);
    expect(g.yTicks[g.yTicks.length - 1]!.value).toBeGreaterThanOrEqual(200);
  });

  it('thins year labels so they never overlap, and always labels the newest year', () => {
    const years = Array.from({ length: 24 }, (_, i) => d(2000 + i, i + 1));
    const g = chartGeometry(years, { ...opts, width: 320 });
    const shown = g.xTicks.filter((t) => t.showLabel);
    expect(shown.length).toBeLessThan(years.length);
    expect(shown[shown.length - 1]?.key).toBe(2023);
    for (let i = 1; i < shown.length; i++) {
      const gap = shown[i]!.x - shown[i - 1]!.x;
      expect(gap).toBeGreaterThanOrEqual(textWidth('2000', g.fontSize));
    }
  });

  it('shows every year label when there is room', () => {
    const g = chartGeometry([d(2017, 1), d(2018, 2)], opts);
    expect(g.xTicks.every((t) => t.showLabel)).toBe(true);
  });

  it('adds value labels only when each one fits its slot', () => {
    expect(chartGeometry([d(2017, 77), d(2018, 90)], opts).valueLabels).toHaveLength(2);
    const crowded = Array.from({ length: 20 }, (_, i) => d(2000 + i, 100000 + i));
    expect(chartGeometry(crowded, opts).valueLabels).toEqual([]);
  });

  it('widens the left margin for long tick labels', () => {
    const short = chartGeometry([d(2019, 9), d(2020, 8)], opts);
    const long = chartGeometry([d(2019, 833598), d(2020, 656953)], opts);
    expect(long.plot.left).toBeGreaterThan(short.plot.left);
  });

  it('gives the same numbers for the same data', () => {
    const data = [d(2019, 656953), d(2020, 833598)];
    expect(chartGeometry(data, opts)).toEqual(chartGeometry(data, opts));
  });

  it('refuses two figures for one year', () => {
    expect(() => chartGeometry([d(2019, 1), d(2019, 2)], opts)).toThrow(/Two figures for 2019/);
  });

  it('refuses an empty chart', () => {
    expect(() => chartGeometry([], opts)).toThrow(/at least one/);
  });

  it('refuses negative figures', () => {
    expect(() => chartGeometry([d(2019, -1)], opts)).toThrow(/negative/);
  });
});
