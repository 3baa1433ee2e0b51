import { describe, expect, it } from 'vitest';
import { formatFragment, isZipShape, parseFragment, type FragmentState } from '../../src/lib/finder/fragment';

describe('fragment state', () => {
  it('survives a round trip through the URL fragment', () => {
    const state: FragmentState = {
      service: 'detox',
      medication: 'buprenorphine',
      payment: 'masshealth',
      walkIn: true,
      near: '01608',
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

  it('tells a five-digit ZIP code from anything else', () => {
    expect(isZipShape('01608')).toBe(true);
    expect(isZipShape('1608')).toBe(false);
    expect(isZipShape('01608-1234')).toBe(false);
  });
});
