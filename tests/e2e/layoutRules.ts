/** Pure checks of measured layout, shared by the browser tests and proved by unit tests. */

/**
 * Groups boxes into rows by their top edge (within `tolerance` CSS px) and returns each row's size.
 * @example rowSizes([0, 0, 60, 60]) // [2, 2]
 */
export function rowSizes(tops: readonly number[], tolerance = 2): number[] {
  const rows: number[][] = [];
  for (const top of [...tops].sort((a, b) => a - b)) {
    const row = rows.find((r) => Math.abs((r[0] ?? top) - top) <= tolerance);
    if (row) row.push(top);
    else rows.push([top]);
  }
  return rows.map((r) => r.length);
}

/**
 * Whether four cards are laid out as one row or two rows of two (never three plus one).
 * @example isOneRowOrTwoByTwo([2, 2]) // true
 */
export function isOneRowOrTwoByTwo(sizes: readonly number[]): boolean {
  const shape = sizes.join('+');
  return shape === '4' || shape === '2+2';
}

/** Parses `rgb(…)`/`rgba(…)` as computed by a browser into [r, g, b, alpha]. */
export function parseRgb(css: string): [number, number, number, number] {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+))?\s*\)/.exec(css);
  if (!m) throw new Error(`not an rgb() colour: ${css}`);
  return [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])];
}

function luminance([r, g, b]: readonly number[]): number {
  const [R, G, B] = [r, g, b].map((c) => {
    const s = (c ?? 0) / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (R ?? 0) + 0.7152 * (G ?? 0) + 0.0722 * (B ?? 0);
}

/**
 * WCAG 2 contrast ratio of two opaque computed colours (1 to 21).
 * @example contrastRatio('rgb(0, 0, 0)', 'rgb(255, 255, 255)') // 21
 */
export function contrastRatio(foreground: string, background: string): number {
  const a = luminance(parseRgb(foreground));
  const b = luminance(parseRgb(background));
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}
