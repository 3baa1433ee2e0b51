import { describe, expect, it } from 'vitest';
import { isZipInProgress, normalizeZip } from '../../src/lib/finder/zip';

describe('normalizeZip', () => {
  it('keeps a pasted ZIP code with a leading space whole', () => {
    expect(normalizeZip(' 01604')).toBe('01604');
  });

  it('reads every way a person or a form fills in a ZIP code', () => {
    for (const input of [
      '01604',
      '01604 ',
      '\t01604\n',
      '01604-1234',
      '01604 1234',
      '016041234',
      '01604–1234',
      '0 1 6 0 4',
    ]) {
      expect(normalizeZip(input), JSON.stringify(input)).toBe('01604');
    }
  });

  it('reads full-width digits as a phone keyboard may type them', () => {
    expect(normalizeZip('０１６０４')).toBe('01604');
  });

  it('keeps the leading zero', () => {
    expect(normalizeZip('01002')).toBe('01002');
  });

  it('refuses anything that is not five digits or a ZIP+4', () => {
    for (const input of ['', '1604', '016045', '0160412', 'O1604', '01604-12', 'abcde']) {
      expect(normalizeZip(input), JSON.stringify(input)).toBeNull();
    }
  });
});

describe('isZipInProgress', () => {
  it('holds back the message while digits are still being typed', () => {
    expect(isZipInProgress('')).toBe(true);
    expect(isZipInProgress(' 016')).toBe(true);
  });

  it('does not for letters or too many digits', () => {
    expect(isZipInProgress('01a')).toBe(false);
    expect(isZipInProgress('016041')).toBe(false);
  });
});
