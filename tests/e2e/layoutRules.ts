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

/** One character as the browser drew it: its text and the centre and height of its box, in CSS px. */
export interface DrawnChar {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly height: number;
}

/**
 * The characters in the order a reader sees them on screen, line by line from the top, each line from
 * left to right (two characters share a line when their centres are less than half a line apart).
 * This is the order of the glyphs on the screen, not in the source, so it shows a number that the
 * bidirectional algorithm reordered inside right-to-left text.
 * @example screenOrder([{ text: '2', x: 20, y: 5, height: 10 }, { text: '1', x: 10, y: 6, height: 10 }]) // '12'
 */
export function screenOrder(chars: readonly DrawnChar[]): string {
  const lines: DrawnChar[][] = [];
  for (const c of [...chars].sort((a, b) => a.y - b.y)) {
    const line = lines.find((l) => Math.abs((l[0]?.y ?? c.y) - c.y) < Math.min(l[0]?.height ?? c.height, c.height) / 2);
    if (line) line.push(c);
    else lines.push([c]);
  }
  return lines
    .map((l) =>
      l
        .sort((a, b) => a.x - b.x)
        .map((c) => c.text)
        .join(''),
    )
    .join('');
}

/**
 * Whether text B is drawn after text A for a reader of direction `dir`: on a lower line, or on the same
 * line further along (to the right in left-to-right text, to the left in right-to-left text).
 * @example drawnAfter({ x: 10, y: 5, height: 10 }, { x: 50, y: 5, height: 10 }, 'ltr') // true
 * @example drawnAfter({ x: 10, y: 5, height: 10 }, { x: 50, y: 5, height: 10 }, 'rtl') // false
 */
export function drawnAfter(a: Omit<DrawnChar, 'text'>, b: Omit<DrawnChar, 'text'>, dir: 'ltr' | 'rtl'): boolean {
  if (Math.abs(a.y - b.y) >= Math.min(a.height, b.height) / 2) return b.y > a.y;
  return dir === 'rtl' ? b.x < a.x : b.x > a.x;
}
