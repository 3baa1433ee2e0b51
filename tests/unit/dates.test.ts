import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  buildDate,
  datedBy,
  feedInstant,
  formatPartialDate,
  formatShortDate,
  isPartialDate,
  worcesterDay,
} from '../../src/lib/dates';

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
    // 1510315200 is 2017-11-10 12:00 UTC.
    expect(worcesterDay(buildDate({ SOURCE_DATE_EPOCH: '1510315200' }))).toBe('2017-11-10');
  });

  it('is now when SOURCE_DATE_EPOCH is not set', () => {
    const now = new Date('2026-11-27T12:00:00Z');
    expect(buildDate({}, () => now)).toBe(now);
  });

  it('rejects a SOURCE_DATE_EPOCH that is not whole seconds', () => {
    expect(() => buildDate({ SOURCE_DATE_EPOCH: '2017-11-10' })).toThrow(/whole seconds/);
  });
});

/** Runs `check` with the process in each time zone: what the build machine's zone is must not matter. */
const MACHINE_ZONES = ['UTC', 'Pacific/Auckland', 'America/New_York', 'Pacific/Honolulu'] as const;

describe('Worcester dates, whatever the build machine’s time zone', () => {
  const original = process.env['TZ'];
  let zone = '';
  beforeEach(() => {
    zone = '';
  });
  afterEach(() => {
    process.env['TZ'] = original;
  });
  function inEachZone(check: () => void): void {
    for (const z of MACHINE_ZONES) {
      process.env['TZ'] = z;
      zone = z;
      check();
    }
  }

  it('really changes the process time zone, so the next tests mean something', () => {
    process.env['TZ'] = 'Pacific/Auckland';
    expect(new Date('2017-11-10T00:00:00Z').getDate()).toBe(10);
    expect(new Date('2017-11-10T00:00:00Z').getHours()).toBe(13);
    process.env['TZ'] = 'UTC';
    expect(new Date('2017-11-10T00:00:00Z').getHours()).toBe(0);
  });

  it('gives an instant the Worcester day at the edges of a winter day (UTC-5)', () => {
    inEachZone(() => {
      expect(worcesterDay(new Date('2026-11-28T04:59:59Z')), zone).toBe('2026-11-27');
      expect(worcesterDay(new Date('2026-11-28T05:00:00Z')), zone).toBe('2026-11-28');
      expect(worcesterDay(new Date('2026-11-28T00:03:35Z')), zone).toBe('2026-11-27');
    });
  });

  it('gives an instant the Worcester day at the edges of a summer day (UTC-4)', () => {
    inEachZone(() => {
      expect(worcesterDay(new Date('2024-07-01T03:59:59Z')), zone).toBe('2024-06-30');
      expect(worcesterDay(new Date('2024-07-01T04:00:00Z')), zone).toBe('2024-07-01');
    });
  });

  it('dates the pinned build time by the Worcester day, not the UTC day', () => {
    // 1510282800 is 2017-11-10 03:00 UTC: still 9 November in Worcester.
    inEachZone(() => expect(worcesterDay(buildDate({ SOURCE_DATE_EPOCH: '1510282800' })), zone).toBe('2017-11-09'));
  });

  it('gives a feed the 10 November 2017 release at noon in Worcester, read as 10 November from Hawaii to Brazil', () => {
    inEachZone(() => {
      const instant = feedInstant('2017-11-10');
      expect(instant.toUTCString(), zone).toBe('Fri, 10 Nov 2017 17:00:00 GMT');
      expect(worcesterDay(instant), zone).toBe('2017-11-10');
      for (const reader of ['America/New_York', 'Pacific/Honolulu', 'America/Los_Angeles', 'America/Sao_Paulo']) {
        const day = new Intl.DateTimeFormat('en-US', { timeZone: reader, day: 'numeric' }).format(instant);
        expect(day, `${reader} reading, built in ${zone}`).toBe('10');
      }
      for (const [intl, text] of [
        ['en-US', 'November 10, 2017'],
        ['es-US', '10 de noviembre de 2017'],
        ['pt-BR', '10 de novembro de 2017'],
      ] as const) {
        const shown = new Intl.DateTimeFormat(intl, { timeZone: 'America/New_York', dateStyle: 'long' }).format(
          instant,
        );
        expect(shown, zone).toBe(text);
        expect(formatPartialDate('2017-11-10', intl), zone).toBe(text);
      }
    });
  });

  it('gives a summer feed date noon in Worcester daylight time', () => {
    inEachZone(() => expect(feedInstant('2024-07-01').toISOString(), zone).toBe('2024-07-01T16:00:00.000Z'));
  });

  it('keeps the first and last day of a year on their day', () => {
    inEachZone(() => {
      expect(formatPartialDate('2017-01-01', 'en-US'), zone).toBe('January 1, 2017');
      expect(formatPartialDate('2017-12-31', 'en-US'), zone).toBe('December 31, 2017');
      expect(formatShortDate('2015-12-31', 'en-US'), zone).toBe('Dec 31, 2015');
      expect(worcesterDay(feedInstant('2017-12-31')), zone).toBe('2017-12-31');
      expect(worcesterDay(feedInstant('2018-01-01')), zone).toBe('2018-01-01');
    });
  });

  it('refuses a feed date that is not a full date', () => {
    expect(() => feedInstant('2017-11')).toThrow(/YYYY-MM-DD/);
    expect(() => feedInstant('2017-02-30')).toThrow(/YYYY-MM-DD/);
  });
});

describe('the date a news item is dated by', () => {
  it('is the original’s full date when it states one', () => {
    expect(datedBy('2017-11-10', '2026-11-27')).toBe('2017-11-10');
  });

  it('is the day this site listed the item when the original has no date or only a month', () => {
    expect(datedBy(null, '2026-11-27')).toBe('2026-11-27');
    expect(datedBy('2023-02', '2026-11-27')).toBe('2026-11-27');
  });
});
