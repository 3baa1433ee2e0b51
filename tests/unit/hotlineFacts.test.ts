import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOCALES } from '../../src/i18n/locales';
import { describe, expect, it } from 'vitest';
import { loadHotlines } from '../../src/lib/contentFiles';
import { hotlineFactProblems } from '../../src/lib/hotlineFacts';
import { inEveryLocale } from '../fixtures/localized';

const today = new Date('2026-11-30T00:00:00Z');
const sources = new Map([
  ['release-2017', { published: '2017-11-10', confidence: 'primary' as const }],
  ['news-2025', { published: '2025-06', confidence: 'confirmed' as const }],
  ['undated', { published: null, confidence: 'confirmed' as const }],
  ['undated-old', { published: null, confidence: 'confirmed-old' as const }],
]);
const text = (en: string) => inEveryLocale(en);
const line = (over: Partial<Parameters<typeof hotlineFactProblems>[0]> = {}) => ({
  id: 'x',
  hours: null,
  languages: null,
  description: text('In 2017, Spectrum gave this line for detox.'),
  verified: null,
  channels: {},
  sources: [{ id: 'release-2017' }],
  ...over,
});

describe('help-line facts', () => {
  it('accept a line whose old description names its year', () => {
    expect(hotlineFactProblems(line(), sources, today)).toEqual([]);
  });

  it('reject an old description told in the present tense, in each language', () => {
    const problems = hotlineFactProblems(line({ description: text('Staff check your insurance.') }), sources, today);
    expect(problems).toHaveLength(LOCALES.length);
    expect(problems[0]).toMatch(/field "description\.en" is told without a year, but its newest source is from 2017/);
  });

  it('accept the present tense when a recent or undated source supports it, or a call verified the line', () => {
    const present = text('Staff check your insurance.');
    expect(hotlineFactProblems(line({ description: present, sources: [{ id: 'news-2025' }] }), sources, today)).toEqual(
      [],
    );
    expect(hotlineFactProblems(line({ description: present, sources: [{ id: 'undated' }] }), sources, today)).toEqual(
      [],
    );
    const verified = { date: '2026-11-20', by: 'A. Editor', method: 'phone call' as const };
    expect(hotlineFactProblems(line({ description: present, verified }), sources, today)).toEqual([]);
  });

  it('reject hours, languages or a text channel that no source is said to state', () => {
    const problems = hotlineFactProblems(
      line({ hours: text('24 hours a day, in 2017.'), languages: text('English, in 2017.'), channels: { text: '1' } }),
      sources,
      today,
    );
    expect(problems).toEqual([
      'field "hours" needs a source that states it: add "hours" to the fields of the citation that does',
      'field "languages" needs a source that states it: add "languages" to the fields of the citation that does',
      'field "text" needs a source that states it: add "text" to the fields of the citation that does',
    ]);
  });

  it('count an undated source marked confirmed-old as old', () => {
    const present = text('Staff check your insurance.');
    const cited = [{ id: 'release-2017' }, { id: 'undated-old' }];
    expect(hotlineFactProblems(line({ description: present, sources: cited }), sources, today)).toHaveLength(
      LOCALES.length,
    );
  });

  it('judge hours by the sources that state them', () => {
    const hours = text('24 hours a day.');
    const cited = [{ id: 'release-2017', fields: ['hours' as const] }];
    expect(hotlineFactProblems(line({ hours, sources: cited }), sources, today)[0]).toMatch(/field "hours\.en"/);
  });

  it('fail the build with the file and line when content/hotlines.yaml breaks the rule', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hotline-facts-'));
    cpSync('content/sources.yaml', join(dir, 'sources.yaml'));
    const yaml = readFileSync('content/hotlines.yaml', 'utf8').replace(
      'Sources from 2012 to 2017 give extension 1161 for intake and admissions.',
      'Extension 1161 has been its intake and admissions extension since then.',
    );
    writeFileSync(join(dir, 'hotlines.yaml'), yaml);
    expect(() => loadHotlines(dir, today)).toThrow(
      /hotlines\.yaml, line "spectrum-outpatient": field "description\.en" is told without a year/,
    );
  });

  it('find every line in content/hotlines.yaml sourced and dated', () => {
    expect(loadHotlines('content', today).length).toBeGreaterThan(0);
  });
});
