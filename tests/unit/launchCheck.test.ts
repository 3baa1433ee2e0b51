import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, LOCALES } from '../../src/i18n/locales';
import { launchItems } from '../../src/lib/launchCheck';

const base = { listings: [], uiKeys: [], reviewedKeys: {} };
/** Every language that needs review: all but the source language. */
const translated = LOCALES.filter((l) => l.code !== DEFAULT_LOCALE).map((l) => l.code);
const [reviewedOne = '', ...unreviewed] = translated;

it('has at least two languages to review, so a reviewed and an unreviewed one can be told apart', () => {
  expect(unreviewed.length).toBeGreaterThan(0);
});

describe('launch check', () => {
  it('lists a help line nobody has called', () => {
    const items = launchItems({
      ...base,
      hotlines: [{ id: 'spectrum-inpatient', verified: null, reviewedLocales: translated }],
    });
    expect(items).toEqual([
      { kind: 'unverified-line', detail: 'spectrum-inpatient: nobody has confirmed the number by calling' },
    ]);
  });

  it('does not list a line a person has called', () => {
    const verified = { date: '2026-11-20', by: 'A. Editor', method: 'phone call' as const };
    expect(launchItems({ ...base, hotlines: [{ id: 'x', verified, reviewedLocales: translated }] })).toEqual([]);
  });

  it('lists crisis-bar line texts not reviewed in a language', () => {
    const verified = { date: '2026-11-20', by: 'A. Editor', method: 'phone call' as const };
    const items = launchItems({
      ...base,
      hotlines: [{ id: 'x', verified, reviewedLocales: [reviewedOne], crisisBar: 1 }],
    });
    expect(items).toEqual([
      { kind: 'unreviewed-line-text', detail: `x: texts in ${unreviewed.join(', ')} not reviewed by a fluent speaker` },
    ]);
  });

  it('lists crisis strings per language until a fluent speaker reviews them, and ignores other strings', () => {
    const items = launchItems({
      ...base,
      hotlines: [],
      uiKeys: ['crisisBar.title', 'nav.home'],
      reviewedKeys: { [reviewedOne]: ['crisisBar.title'] },
    });
    expect(items).toEqual(
      unreviewed.map((code) => ({ kind: 'unreviewed-crisis-string', detail: `${code}: crisisBar.title` })),
    );
  });

  it('lists treatment listings never checked by a call', () => {
    const items = launchItems({
      ...base,
      hotlines: [],
      listings: [
        { id: 'a', lastVerified: null },
        { id: 'b', lastVerified: '2026-10-01' },
      ],
    });
    expect(items).toEqual([{ kind: 'unverified-listing', detail: 'a: never checked by a call' }]);
  });
});

describe('listings read for the launch check', () => {
  it('count a listing as checked only when a person has called it', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { loadListings } = await import('../../src/lib/launchListings');
    const dir = mkdtempSync(join(tmpdir(), 'listings-'));
    mkdirSync(join(dir, 'services'));
    writeFileSync(join(dir, 'services/a.yaml'), 'name: A\nlastVerified: null\n');
    writeFileSync(
      join(dir, 'services/b.yaml'),
      'name: B\nlastVerified:\n  date: "2026-11-20"\n  by: A. Editor\n  method: phone call\n',
    );
    expect(loadListings(dir)).toEqual([
      { id: 'a', lastVerified: null },
      { id: 'b', lastVerified: '2026-11-20' },
    ]);
  });
});
