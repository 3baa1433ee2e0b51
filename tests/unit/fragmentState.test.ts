import { describe, expect, it } from 'vitest';
import { formatFragment, parseFragment, type FragmentState } from '../../src/lib/finder/fragment';

describe('fragment state', () => {
  it('survives a round trip through the URL fragment', () => {
    const state: FragmentState = {
      service: 'detox',
      medication: 'buprenorphine',
      payment: 'masshealth',
      walkIn: true,
      near: '01608',
      within: 25,
      confirmedOnly: true,
    };
    expect(parseFragment(formatFragment(state))).toEqual({ state, ignored: [] });
  });

  it('writes keys in a fixed order so equal choices give equal links', () => {
    expect(formatFragment({ near: '01608', payment: 'medicare', service: 'outpatient' })).toBe(
      '#service=outpatient&payment=medicare&near=01608',
    );
  });

  it('writes nothing when nothing is chosen', () => {
    expect(formatFragment({})).toBe('');
  });

  it('reads a fragment with or without the leading #', () => {
    expect(parseFragment('service=detox').state).toEqual({ service: 'detox' });
    expect(parseFragment('#service=detox').state).toEqual({ service: 'detox' });
  });

  it('ignores unknown keys and values instead of failing', () => {
    expect(parseFragment('#service=rehab&payment=cash&foo=bar&near=1608')).toEqual({
      state: {},
      ignored: ['service=rehab', 'payment=cash', 'foo=bar', 'near=1608'],
    });
  });

  it('never writes a ZIP code that is not five digits', () => {
    expect(formatFragment({ near: '016' })).toBe('');
  });

  it('reads a ZIP code in a link the way the ZIP code field does', () => {
    expect(parseFragment('#near=01608-1234').state).toEqual({ near: '01608' });
    expect(parseFragment('#near=%2001604').state).toEqual({ near: '01604' });
    expect(formatFragment({ near: ' 01604' })).toBe('#near=01604');
  });

  it('keeps only the distance limits the page offers', () => {
    expect(parseFragment('#within=25&near=01604').state).toEqual({ within: 25, near: '01604' });
    expect(parseFragment('#within=7').ignored).toEqual(['within=7']);
  });
});
