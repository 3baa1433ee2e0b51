import { describe, expect, it } from 'vitest';
import { buildDate, formatPartialDate, isoDay, isPartialDate } from '../../src/lib/dates';

// vitest.config.ts runs these tests with TZ=America/New_York, where a careless
// new Date('2017-11-10') prints 9 November.
describe('date-only values', () => {
  it('runs in a time zone west of UTC, so the next tests mean something', () => {
    expect(new Date('2017-11-10').getDate()).toBe(9);
  });

  it('prints 10 November 2017 for 2017-11-10 in New York', () => {
    expect(formatPartialDate('2017-11-10', 'en-US')).toBe('November 10, 2017');
  });

  it('prints the day first in Spanish and Portuguese', () => {
    expect(formatPartialDate('2017-11-10', 'es-US')).toBe('10 de noviembre de 2017');
    expect(formatPartialDate('2017-11-10', 'pt-BR')).toBe('10 de novembro de 2017');
  });

  it('prints a year-and-month source date without inventing a day', () => {
    expect(formatPartialDate('2024-06', 'en-US')).toBe('June 2024');
  });

  it('prints a year alone without a thousands separator', () => {
    expect(formatPartialDate('2015', 'es-US')).toBe('2015');
  });

  it('rejects impossible dates', () => {
    expect(isPartialDate('2017-02-30')).toBe(false);
    expect(isPartialDate('2017-13')).toBe(false);
    expect(() => formatPartialDate('10/11/2017', 'en-US')).toThrow(/YYYY/);
  });
});

describe('build date', () => {
  it('comes from SOURCE_DATE_EPOCH when set', () => {
    expect(isoDay(buildDate({ SOURCE_DATE_EPOCH: '1510272000' }))).toBe('2017-11-10');
  });

  it('is now when SOURCE_DATE_EPOCH is not set', () => {
    const now = new Date('2026-11-27T12:00:00Z');
    expect(buildDate({}, () => now)).toBe(now);
  });

  it('rejects a SOURCE_DATE_EPOCH that is not whole seconds', () => {
    expect(() => buildDate({ SOURCE_DATE_EPOCH: '2017-11-10' })).toThrow(/whole seconds/);
  });
});
