import { describe, expect, it } from 'vitest';
import { contentsFromHeadings, CONTENTS_MIN_SECTIONS } from '../../src/lib/contents';

const section = (n: number) => ({ depth: 2, slug: `s${n}`, text: `Section ${n}` });

describe('contents list of a page', () => {
  it('lists every <h2> in order once a page has enough sections', () => {
    const headings = Array.from({ length: CONTENTS_MIN_SECTIONS }, (_, i) => section(i + 1));
    const items = contentsFromHeadings([{ depth: 3, slug: 'sub', text: 'Sub' }, ...headings]);
    expect(items?.map((i) => i.href)).toEqual(headings.map((h) => `#${h.slug}`));
    expect(items?.[0]?.label).toBe('Section 1');
  });

  it('leaves a short page without one', () => {
    const headings = Array.from({ length: CONTENTS_MIN_SECTIONS - 1 }, (_, i) => section(i + 1));
    expect(contentsFromHeadings(headings)).toBeNull();
  });

  it('skips headings without an id, which no link could reach', () => {
    expect(contentsFromHeadings([section(1), { depth: 2, slug: '', text: 'No id' }], 1)).toHaveLength(1);
  });
});
