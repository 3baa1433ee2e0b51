import { describe, expect, it } from 'vitest';
import { maskGlossary, readability, splitSentences, wordSyllables, words } from '../../src/lib/readability';

describe('readability', () => {
  it('scores a simple sentence below grade 1', () => {
    expect(readability('The cat sat on the mat.').grade).toBeLessThan(1);
  });

  it('scores long sentences of long words above grade 12', () => {
    const text =
      'Comprehensive pharmacological interventions necessitate individualized evaluation, continuous professional supervision and interdisciplinary coordination throughout rehabilitation.';
    expect(readability(text).grade).toBeGreaterThan(12);
  });

  it('counts each glossary name as one short word', () => {
    expect(maskGlossary('Ask about buprenorphine at Spectrum Health Systems.')).toBe('Ask about name at name.');
  });

  it('does not mask a glossary word inside a longer word', () => {
    expect(maskGlossary('Spectrumly', ['Spectrum'])).toBe('Spectrumly');
  });

  it('treats every line, such as a heading or list item, as its own sentence', () => {
    expect(splitSentences('How to start\nCall the line. Ask for help')).toEqual([
      'How to start',
      'Call the line.',
      'Ask for help',
    ]);
  });

  it('keeps a phone number or a hyphenated word as one word', () => {
    expect(words('Call 1-800-366-7732 for short-term care.')).toEqual([
      'Call',
      '1-800-366-7732',
      'for',
      'short-term',
      'care',
    ]);
  });

  it('gives a number one syllable per digit, at most three', () => {
    expect([wordSyllables('9'), wordSyllables('88'), wordSyllables('2017')]).toEqual([1, 2, 3]);
  });

  it('refuses to score a text without words', () => {
    expect(() => readability(' . ')).toThrow(/no words/);
  });
});
