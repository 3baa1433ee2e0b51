import { describe, expect, it } from 'vitest';
import { attributeEvidence } from '../../src/lib/finder/evidence';

const BUILD = new Date('2026-11-30T12:00:00Z');
const cite = (id: string, published: string | null, supports: string[] = [], contradicts: string[] = []) => ({
  id,
  published,
  supports: supports as never[],
  contradicts: contradicts as never[],
});

describe('attributeEvidence', () => {
  it('gives the year of the newest source that confirms a yes', () => {
    const e = attributeEvidence(
      'walkIn',
      'yes',
      [cite('old', '2017-08-21', ['walkIn']), cite('new', '2023-10-02', ['walkIn']), cite('other', '2025', [])],
      BUILD,
    );
    expect(e).toMatchObject({ value: 'yes', effective: 'yes', year: 2023, disputedBy: [] });
  });

  it('asks to call to check a fact whose newest source is more than 3 years old', () => {
    expect(attributeEvidence('walkIn', 'yes', [cite('a', '2023-11-30', ['walkIn'])], BUILD)?.callToCheck).toBe(false);
    expect(attributeEvidence('walkIn', 'yes', [cite('a', '2023-11-29', ['walkIn'])], BUILD)?.callToCheck).toBe(true);
  });

  it('asks to call to check a fact whose only source is undated', () => {
    expect(attributeEvidence('services.detox', 'yes', [cite('a', null, ['services.detox'])], BUILD)).toMatchObject({
      year: null,
      callToCheck: true,
    });
  });

  it('shows a disputed value and matches it as unknown', () => {
    const e = attributeEvidence(
      'walkIn',
      'yes',
      [cite('a', '2021-04-02', ['walkIn']), cite('b', '2022-09-27', [], ['walkIn'])],
      BUILD,
    );
    expect(e).toMatchObject({ value: 'yes', effective: 'unknown', year: 2021, disputedBy: [2022] });
  });

  it('has no evidence for an unknown value', () => {
    expect(attributeEvidence('walkIn', 'unknown', [], BUILD)).toBeNull();
  });
});
