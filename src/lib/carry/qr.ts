import { encodeQR } from 'qr';

/** Error correction of every code on the site: quartile (Q) restores up to 25% of a worn or folded code. */
export const QR_ECC = 'quartile' as const;
/** Light modules kept around the code on every side, as ISO/IEC 18004 requires (4 modules). */
export const QR_QUIET_ZONE = 4;

/**
 * The modules of a QR code, quiet zone included: `true` is dark. Built by the `qr` library at
 * error-correction level Q, byte mode.
 * @example qrMatrix('https://help.city.gov/es/hotlines/').length // 41 (33 modules + 2 × 4 quiet zone)
 */
export function qrMatrix(text: string): boolean[][] {
  if (text.length === 0) throw new Error('A QR code needs some text to encode');
  return encodeQR(text, 'raw', { ecc: QR_ECC, border: QR_QUIET_ZONE });
}

/**
 * SVG path data for the dark modules, one unit per module, each run of dark modules in a row as one
 * rectangle (so the file stays small and no hairline gaps appear between neighbours).
 * @example qrPath([[true, true, false]]) // 'M0 0h2v1h-2z'
 */
export function qrPath(matrix: readonly (readonly boolean[])[]): string {
  const parts: string[] = [];
  matrix.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x += 1;
      parts.push(`M${start} ${y}h${x - start}v1h-${x - start}z`);
    }
  });
  return parts.join('');
}

/** A QR code ready to draw: its size in modules (quiet zone included) and the path of its dark modules. */
export interface QrCode {
  /** Width and height in modules, quiet zone included. */
  readonly size: number;
  readonly path: string;
}

/**
 * The QR code for a text, as SVG-ready data (no raster, no network).
 * @example qrCode('https://help.city.gov/hotlines/').size // 41
 */
export function qrCode(text: string): QrCode {
  const matrix = qrMatrix(text);
  return { size: matrix.length, path: qrPath(matrix) };
}
