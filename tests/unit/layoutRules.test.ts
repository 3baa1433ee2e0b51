import { describe, expect, it } from 'vitest';
import { contrastRatio, drawnAfter, isOneRowOrTwoByTwo, rowSizes, screenOrder } from '../e2e/layoutRules';

describe('layout rules the browser tests apply', () => {
  it('accepts four cards in one row or two by two', () => {
    expect(isOneRowOrTwoByTwo(rowSizes([10, 10, 10, 10]))).toBe(true);
    expect(isOneRowOrTwoByTwo(rowSizes([10, 11, 80, 80]))).toBe(true);
  });

  it('rejects three cards plus one, and one card per row', () => {
    expect(isOneRowOrTwoByTwo(rowSizes([10, 10, 10, 90]))).toBe(false);
    expect(isOneRowOrTwoByTwo(rowSizes([10, 60, 110, 160]))).toBe(false);
  });

  it('measures black on white as 21:1 and the faint grey crisis numbers of old prints as under 7:1', () => {
    expect(contrastRatio('rgb(0, 0, 0)', 'rgb(255, 255, 255)')).toBeCloseTo(21, 5);
    expect(contrastRatio('rgb(255, 255, 255)', 'rgb(92, 7, 13)')).toBeGreaterThan(7);
    expect(contrastRatio('rgb(170, 170, 170)', 'rgb(255, 255, 255)')).toBeLessThan(7);
  });

  it('reads a number reordered by right-to-left text in the order it is drawn, not the order it is written', () => {
    // "800-464" laid out as bidi reorders an unisolated number with a hyphen in Arabic: "464-800" on screen.
    const drawn = [...'800'].map((d, i) => ({ text: d, x: 60 + i * 8, y: 10, height: 16 }));
    const after = [...'464'].map((d, i) => ({ text: d, x: 20 + i * 8, y: 10, height: 16 }));
    expect(screenOrder([...drawn, ...after])).toBe('464800');
    expect(screenOrder([...after, ...drawn].reverse())).toBe('464800');
  });

  it('reads lines from the top, each left to right', () => {
    const line = (digits: string, y: number) => [...digits].map((d, i) => ({ text: d, x: i * 8, y, height: 16 }));
    expect(screenOrder([...line('1161', 40), ...line('800', 10)])).toBe('8001161');
  });

  it('puts an extension after the number when it is on a later line, or further along the same line in reading order', () => {
    const number = { x: 100, y: 10, height: 16 };
    expect(drawnAfter(number, { x: 10, y: 40, height: 16 }, 'rtl')).toBe(true);
    expect(drawnAfter(number, { x: 40, y: 12, height: 16 }, 'rtl')).toBe(true);
    expect(drawnAfter(number, { x: 140, y: 12, height: 16 }, 'rtl')).toBe(false);
    expect(drawnAfter(number, { x: 140, y: 12, height: 16 }, 'ltr')).toBe(true);
    expect(drawnAfter(number, { x: 140, y: -20, height: 16 }, 'ltr')).toBe(false);
  });
});
