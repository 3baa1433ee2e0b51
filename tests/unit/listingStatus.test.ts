import { describe, expect, it } from 'vitest';
import { deriveStatus, earliestDay, monthsBefore } from '../../src/lib/finder/status';

const BUILD = new Date('2026-11-30T15:00:00Z');
const open = (date: string) => ({ basis: `source-${date}`, date, admitting: true });
const closed = (date: string) => ({ basis: `closed-${date}`, date, admitting: false });

describe('deriveStatus', () => {
  it('says open for a source dated exactly 24 months before the build', () => {
    expect(deriveStatus([open('2024-11-30')], BUILD).status).toBe('open');
  });

  it('says unconfirmed for a source one day older than that', () => {
    expect(deriveStatus([open('2024-11-29')], BUILD).status).toBe('unconfirmed');
  });

  it('reads a year-only or month-only date as its first day, never as more recent than it may be', () => {
    expect(deriveStatus([open('2024-11')], BUILD).status).toBe('unconfirmed');
    expect(deriveStatus([open('2024-12')], BUILD).status).toBe('open');
    expect(deriveStatus([open('2025')], BUILD).status).toBe('open');
  });

  it('says not admitting when the newest source says it stopped taking new patients', () => {
    const result = deriveStatus([open('2021-10-19'), closed('2023-06-28')], BUILD);
    expect(result.status).toBe('not-admitting');
    expect(result.basis?.date).toBe('2023-06-28');
    expect(result.callFirst).toBe(true);
  });

  it('says open again when a newer, recent source shows it treating people', () => {
    expect(deriveStatus([closed('2023-06-28'), open('2025-03-01')], BUILD).status).toBe('open');
  });

  it('lets "not admitting" win when two sources share a date', () => {
    expect(deriveStatus([open('2025-03-01'), closed('2025-03-01')], BUILD).status).toBe('not-admitting');
  });

  it('says unconfirmed, with nothing to rest on, when no source speaks of it', () => {
    expect(deriveStatus([], BUILD)).toEqual({ status: 'unconfirmed', basis: null, callFirst: true });
  });

  it('asks to call first for every status but a recent open', () => {
    expect(deriveStatus([open('2026-01-01')], BUILD).callFirst).toBe(false);
    expect(deriveStatus([open('2019')], BUILD).callFirst).toBe(true);
  });
});

describe('dates at the window edge', () => {
  it('counts calendar months back and clamps to the month end', () => {
    expect(monthsBefore(new Date('2026-11-30T23:59:00Z'), 24).toISOString().slice(0, 10)).toBe('2024-11-30');
    expect(monthsBefore(new Date('2026-03-31T00:00:00Z'), 1).toISOString().slice(0, 10)).toBe('2026-02-28');
  });

  it('reads a partial date as its first day', () => {
    expect(earliestDay('2024').toISOString().slice(0, 10)).toBe('2024-01-01');
    expect(earliestDay('2024-06').toISOString().slice(0, 10)).toBe('2024-06-01');
  });
});
