import { describe, expect, it } from 'vitest';
import { contrastRatio, isOneRowOrTwoByTwo, rowSizes } from '../e2e/layoutRules';

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
});
