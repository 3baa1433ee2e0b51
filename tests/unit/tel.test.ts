import { describe, expect, it } from 'vitest';
import { digitsOf, displayNumber, internationalNumber, isDialable, telHref } from '../../src/lib/tel';

describe('tel links', () => {
  it('puts the extension after a comma pause, never ;ext=', () => {
    expect(telHref('+18004649555', '1161')).toBe('tel:+18004649555,1161');
  });

  it('dials the short codes 911 and 988 as they are', () => {
    expect(telHref('911')).toBe('tel:911');
    expect(telHref('988')).toBe('tel:988');
  });

  it('refuses a number that is not E.164', () => {
    expect(() => telHref('800-366-7732')).toThrow(/Not a dialable number/);
    expect(isDialable('+1800366773')).toBe(false);
  });

  it('refuses an extension that is not digits', () => {
    expect(() => telHref('+18004649555', 'x1161')).toThrow(/digits/);
  });
});

describe('printed numbers', () => {
  it('shows exactly the digits the link dials', () => {
    const shown = displayNumber('+18003667732');
    expect(shown).toBe('1-800-366-7732');
    expect(digitsOf(shown)).toBe(digitsOf(telHref('+18003667732')));
  });

  it('shows short codes unchanged', () => {
    expect(displayNumber('988')).toBe('988');
  });
});

describe('numbers for machines', () => {
  it('writes a number in international form with its extension, as structured data needs', () => {
    expect(internationalNumber('+18003667732')).toBe('+1-800-366-7732');
    expect(internationalNumber('+18004649555', '1161')).toBe('+1-800-464-9555 ext. 1161');
  });

  it('refuses a short code, which has no international form', () => {
    expect(() => internationalNumber('988')).toThrow(/E\.164/);
  });
});
