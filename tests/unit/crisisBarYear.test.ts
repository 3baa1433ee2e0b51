import { describe, expect, it } from 'vitest';
import { loadHotlines, loadSources } from '../../src/lib/contentFiles';
import { crisisBarYear } from '../../src/lib/hotlines';

const sources = new Map([
  ['release-2017', { published: '2017-11-10' }],
  ['news-2012', { published: '2012-10' }],
  ['undated', { published: null }],
]);
const line = (over: Partial<Parameters<typeof crisisBarYear>[0]> = {}) => ({
  id: 'spectrum-outpatient',
  verified: null,
  channels: { call: '+18004649555' },
  sources: [{ id: 'news-2012' }, { id: 'release-2017' }, { id: 'undated' }],
  ...over,
});

describe('the year a crisis-bar number was published', () => {
  it('is the newest year among the sources of a line nobody has called', () => {
    expect(crisisBarYear(line(), sources)).toBe(2017);
  });

  it('goes away once a person has verified the line by a call', () => {
    const verified = { date: '2026-11-20', by: 'A. Editor', method: 'phone call' as const };
    expect(crisisBarYear(line({ verified }), sources)).toBeNull();
  });

  it('is not shown for the national short codes 911 and 988', () => {
    expect(crisisBarYear(line({ channels: { call: '911' } }), sources)).toBeNull();
    expect(crisisBarYear(line({ channels: { call: '988' } }), sources)).toBeNull();
  });

  it('fails, naming the line, when no source of an unverified line is dated', () => {
    expect(() => crisisBarYear(line({ sources: [{ id: 'undated' }] }), sources)).toThrow(
      /line "spectrum-outpatient": field "sources" needs a source with a "published" date/,
    );
  });

  it('reads 2017 for both Spectrum lines in content/hotlines.yaml today', () => {
    const dated = new Map(loadSources().map((s) => [s.id, s]));
    const bar = loadHotlines().filter((h) => h.crisisBar !== undefined);
    expect(Object.fromEntries(bar.map((h) => [h.id, crisisBarYear(h, dated)]))).toEqual({
      'emergency-911': null,
      'lifeline-988': null,
      'spectrum-inpatient': 2017,
      'spectrum-outpatient': 2017,
    });
  });
});
