/** A credit card (ISO/IEC 7810 ID-1) in millimetres. */
export const CARD_MM = { width: 85.6, height: 54 } as const;

/** How the cards sit on a Letter sheet: columns × rows, butted together, with cut marks around them. */
export interface SheetLayout {
  readonly columns: number;
  readonly rows: number;
  /** Space around the block of cards, in mm, where the cut marks are drawn. */
  readonly margin: number;
  /** Length of each cut mark, in mm. */
  readonly markLength: number;
  /** Gap between the cards' edge and the start of a mark, in mm, so no mark shows on a card. */
  readonly markGap: number;
}

/** Letter paper, portrait, in mm (8.5 × 11 in). */
export const LETTER_MM = { width: 215.9, height: 279.4 } as const;

/** 2 × 4 cards: 171.2 × 216 mm, which leaves more than the 6 mm most printers cannot print on each side. */
export const LETTER_LAYOUT: SheetLayout = { columns: 2, rows: 4, margin: 9, markLength: 6, markGap: 2 };

/**
 * The sheet's size in mm, margins included; throws when it does not fit on Letter paper with at least
 * 6.35 mm (a quarter inch, a common unprintable border) to spare on every side.
 * @example sheetSize(LETTER_LAYOUT) // { width: 189.2, height: 234 }
 */
export function sheetSize(layout: SheetLayout = LETTER_LAYOUT): { width: number; height: number } {
  const width = round(layout.columns * CARD_MM.width + 2 * layout.margin);
  const height = round(layout.rows * CARD_MM.height + 2 * layout.margin);
  if (width > LETTER_MM.width - 2 * 6.35 || height > LETTER_MM.height - 2 * 6.35) {
    throw new Error(`A sheet of ${width} × ${height} mm does not fit on Letter paper with printer margins`);
  }
  return { width, height };
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * SVG path data (units: mm, origin at the sheet's top-left corner) for the cut marks: at every
 * vertical and horizontal cut line, a short mark outside the block of cards on both ends, never
 * over a card.
 * @example cutMarks({ columns: 1, rows: 1, margin: 9, markLength: 6, markGap: 2 }).split('M').length - 1 // 8
 */
export function cutMarks(layout: SheetLayout = LETTER_LAYOUT): string {
  const { columns, rows, margin, markLength, markGap } = layout;
  const { width, height } = sheetSize(layout);
  if (markGap + markLength > margin) throw new Error('Cut marks must fit inside the margin');
  const parts: string[] = [];
  for (let c = 0; c <= columns; c += 1) {
    const x = round(margin + c * CARD_MM.width);
    parts.push(`M${x} ${round(margin - markGap - markLength)}v${markLength}`);
    parts.push(`M${x} ${round(height - margin + markGap)}v${markLength}`);
  }
  for (let r = 0; r <= rows; r += 1) {
    const y = round(margin + r * CARD_MM.height);
    parts.push(`M${round(margin - markGap - markLength)} ${y}h${markLength}`);
    parts.push(`M${round(width - margin + markGap)} ${y}h${markLength}`);
  }
  return parts.join('');
}
