import { scaleBand, scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';

/** One yearly figure to draw. */
export interface ChartDatum {
  /** The year (calendar or fiscal). */
  readonly key: number;
  readonly value: number;
  /** Upper end of a range; null for single values. */
  readonly high: number | null;
  /** False for "about", "at least", "more than" and ranges: drawn hollow or dashed. */
  readonly exact: boolean;
}

export type ChartKind = 'line' | 'bar';

export interface ChartOptions {
  readonly kind?: ChartKind;
  /** viewBox width; the SVG scales to its container. */
  readonly width?: number;
  readonly height?: number;
  /** Font size in viewBox units, used to make room for labels. */
  readonly fontSize?: number;
  /** Text of a y-axis tick, in the page's locale. */
  readonly formatTick: (value: number) => string;
  /** Text of an x-axis label. */
  readonly formatKey: (key: number) => string;
  /** Text of a value label over a bar or point. */
  readonly formatValue: (datum: ChartDatum) => string;
}

export interface ChartGeometry {
  readonly kind: ChartKind;
  readonly width: number;
  readonly height: number;
  readonly fontSize: number;
  /** Inner plot edges in viewBox units. */
  readonly plot: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
  readonly yTicks: readonly { readonly value: number; readonly y: number; readonly label: string }[];
  readonly xTicks: readonly {
    readonly key: number;
    readonly x: number;
    readonly label: string;
    readonly showLabel: boolean;
  }[];
  readonly bars: readonly {
    readonly key: number;
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
    readonly exact: boolean;
  }[];
  readonly points: readonly { readonly key: number; readonly x: number; readonly y: number; readonly exact: boolean }[];
  /** Vertical whiskers from value to high, for ranges. */
  readonly ranges: readonly { readonly key: number; readonly x: number; readonly y1: number; readonly y2: number }[];
  /** The line through the points, broken at missing years; null for bar charts. */
  readonly linePath: string | null;
  /** Years inside the span with no figure. */
  readonly gaps: readonly { readonly key: number; readonly x: number }[];
  /** Value labels, present only when every label fits its slot. */
  readonly valueLabels: readonly {
    readonly key: number;
    readonly x: number;
    readonly y: number;
    readonly text: string;
  }[];
}

/**
 * Rough width of a label in viewBox units (system fonts average about 0.6 em per digit).
 * @example textWidth('2,357', 10) // 30
 */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.6;
}

/**
 * Every year from the first to the last figure, so missing years keep their place.
 * @example yearSlots([{ key: 2017 }, { key: 2019 }]) // [2017, 2018, 2019]
 */
export function yearSlots(data: readonly Pick<ChartDatum, 'key'>[]): number[] {
  if (data.length === 0) return [];
  const keys = data.map((d) => d.key);
  const first = Math.min(...keys);
  const last = Math.max(...keys);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/**
 * A line for five or more years (a trend), bars for fewer (a few separate counts).
 * @example chooseChartKind([2017, 2018]) // 'bar'
 */
export function chooseChartKind(keys: readonly number[]): ChartKind {
  return yearSlots(keys.map((key) => ({ key }))).length >= 5 ? 'line' : 'bar';
}

/**
 * Lays out a one-series chart of yearly figures: a zero-based y axis with rounded ticks, a slot for every
 * year (missing years stay empty and are listed as gaps), and labels thinned so they never overlap.
 * Pure: the same data always gives the same numbers.
 * @example chartGeometry([{ key: 2022, value: 10, high: null, exact: true }], { formatTick: String, formatKey: String, formatValue: (d) => String(d.value) }).bars.length // 1
 */
export function chartGeometry(data: readonly ChartDatum[], options: ChartOptions): ChartGeometry {
  if (data.length === 0) throw new Error('A chart needs at least one figure');
  const keys = new Set<number>();
  for (const d of data) {
    if (!Number.isInteger(d.key)) throw new Error(`Chart keys must be whole years, received ${d.key}`);
    if (keys.has(d.key)) throw new Error(`Two figures for ${d.key}: a chart shows one figure per year`);
    if (d.value < 0) throw new Error(`Chart values must not be negative, received ${d.value}`);
    keys.add(d.key);
  }
  const width = options.width ?? 320;
  const height = options.height ?? 220;
  const fontSize = options.fontSize ?? 13;
  const slots = yearSlots(data);
  const kind = options.kind ?? chooseChartKind(slots);
  const max = Math.max(...data.map((d) => d.high ?? d.value));
  const y = scaleLinear()
    .domain([0, max > 0 ? max : 1])
    .nice(4);
  const tickValues = y.ticks(4);
  const tickLabels = tickValues.map((v) => options.formatTick(v));
  const left = Math.ceil(Math.max(...tickLabels.map((l) => textWidth(l, fontSize)))) + 10;
  const plot = { left, right: width - 10, top: fontSize * 2 + 6, bottom: height - fontSize * 3 - 8 };
  y.range([plot.bottom, plot.top]);

  const byKey = new Map(data.map((d) => [d.key, d]));
  const position =
    kind === 'bar'
      ? scaleBand<number>().domain(slots).range([plot.left, plot.right]).paddingInner(0.25).paddingOuter(0.15)
      : scalePoint<number>().domain(slots).range([plot.left, plot.right]).padding(0.5);
  const slotWidth = (plot.right - plot.left) / slots.length;
  const offset = kind === 'bar' ? (position as ReturnType<typeof scaleBand<number>>).bandwidth() / 2 : 0;
  const centre = (key: number): number => (position(key) ?? 0) + offset;

  const longestKey = Math.max(...slots.map((k) => textWidth(options.formatKey(k), fontSize)));
  const step = Math.max(1, Math.ceil((longestKey + 6) / slotWidth));
  const xTicks = slots.map((key, i) => ({
    key,
    x: centre(key),
    label: options.formatKey(key),
    showLabel: (slots.length - 1 - i) % step === 0,
  }));

  const bandwidth = kind === 'bar' ? (position as ReturnType<typeof scaleBand<number>>).bandwidth() : 0;
  const bars =
    kind === 'bar'
      ? data.map((d) => ({
          key: d.key,
          x: position(d.key) ?? 0,
          y: y(d.value),
          width: bandwidth,
          height: plot.bottom - y(d.value),
          exact: d.exact,
        }))
      : [];
  const points =
    kind === 'line' ? data.map((d) => ({ key: d.key, x: centre(d.key), y: y(d.value), exact: d.exact })) : [];
  const ranges = data
    .filter((d) => d.high !== null)
    .map((d) => ({ key: d.key, x: centre(d.key), y1: y(d.value), y2: y(d.high ?? d.value) }));
  const linePath =
    kind === 'line'
      ? (line<number>()
          .defined((key) => byKey.has(key))
          .x((key) => centre(key))
          .y((key) => y(byKey.get(key)?.value ?? 0))(slots) ?? null)
      : null;
  const gaps = slots.filter((k) => !byKey.has(k)).map((key) => ({ key, x: centre(key) }));

  const texts = data.map((d) => ({ d, text: options.formatValue(d) }));
  const fits = texts.every(({ text }) => textWidth(text, fontSize) + 4 <= slotWidth);
  const valueLabels = fits
    ? texts.map(({ d, text }) => ({ key: d.key, x: centre(d.key), y: y(d.high ?? d.value) - 6, text }))
    : [];

  return {
    kind,
    width,
    height,
    fontSize,
    plot,
    yTicks: tickValues.map((value, i) => ({ value, y: y(value), label: tickLabels[i] ?? '' })),
    xTicks,
    bars,
    points,
    ranges,
    linePath,
    gaps,
    valueLabels,
  };
}
