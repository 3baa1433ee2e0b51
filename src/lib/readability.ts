import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/**
 * Names of drugs, programs, places and organisations that readers need to see as they are.
 * They are long words nobody can simplify, so each one counts as a single one-syllable word
 * when a page's reading grade is measured. Longer names first, so a phrase wins over its parts.
 */
export const READABILITY_GLOSSARY: readonly string[] = [
  'Spectrum Health Systems',
  'New England Recovery Center',
  'Buyer Diversion Treatment Alternative',
  'Buyer Diversion',
  'Executive Office of Public Safety and Security',
  'Department of Public Health',
  'Substance Abuse and Mental Health Services Administration',
  'Worcester County District Attorney',
  'District Attorney',
  'Worcester Police Department',
  'Massachusetts Behavioral Health Help Line',
  'Community Behavioral Health Centers',
  'Community Healthlink',
  'Everyday Miracles',
  'Road to Recovery',
  'Rapid Access Treatment Program',
  'Rapid Access',
  'Good Samaritan',
  'General Laws',
  'clinical stabilization',
  'transitional support',
  'medication-assisted treatment',
  'opioid use disorder',
  'buprenorphine',
  'methadone',
  'naltrexone',
  'naloxone',
  'Suboxone',
  'Vivitrol',
  'Narcan',
  'Librium',
  'fentanyl',
  'opioids',
  'opioid',
  'narcotics',
  'detoxification',
  'detox',
  'MassHealth',
  'Medicaid',
  'Medicare',
  'SAMHSA',
  'BSAS',
  'Massachusetts',
  'Worcester',
  'Westborough',
  'Weymouth',
  'Framingham',
  'Marlborough',
  'Lawrence',
  'Leominster',
  'Spectrum',
  'Lifeline',
  'Telegram & Gazette',
  'MassLive',
  'Associated Press',
];

/** Counts behind a Flesch–Kincaid grade. */
export interface ReadabilityCounts {
  readonly sentences: number;
  readonly words: number;
  readonly syllables: number;
}

/** The counts and the grade of a text. */
export interface ReadabilityResult extends ReadabilityCounts {
  /** Flesch–Kincaid grade level, rounded to one decimal. */
  readonly grade: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Replaces every glossary term with one short placeholder word ("name"), case-insensitively.
 * @example maskGlossary('Ask about methadone.', ['methadone']) // 'Ask about name.'
 */
export function maskGlossary(text: string, glossary: readonly string[] = READABILITY_GLOSSARY): string {
  const terms = [...glossary].sort((a, b) => b.length - a.length).map(escape);
  if (terms.length === 0) return text;
  return text.replace(new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.join('|')})(?![\\p{L}\\p{N}])`, 'giu'), 'name');
}

/**
 * Splits text into sentences: at . ! ? followed by a space or the end, and at every line break,
 * because headings, list items and table cells are read as separate units.
 * @example splitSentences('One. Two?\nThree') // ['One.', 'Two?', 'Three']
 */
export function splitSentences(text: string): string[] {
  return text
    .split(/\n+|(?<=[.!?]["”’)]?)\s+/u)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
}

/**
 * The words of a sentence: runs of letters, digits, apostrophes and inner hyphens or dots.
 * @example words('It’s 1-800 help, e.g. now.') // ['It’s', '1-800', 'help', 'e.g', 'now']
 */
export function words(sentence: string): string[] {
  return sentence.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu) ?? [];
}

/**
 * Syllables of one word. A number has no letters for the syllable counter, so it counts
 * one syllable per digit, at most three ("2017" is read "twenty seventeen").
 * @example wordSyllables('treatment') // 2
 * @example wordSyllables('2017') // 3
 */
export function wordSyllables(word: string): number {
  if (!/\p{L}/u.test(word)) return Math.min(3, Math.max(1, word.replace(/\D/g, '').length));
  return Math.max(1, syllable(word));
}

/**
 * Flesch–Kincaid grade of a text, with glossary terms counted as one short word each.
 * @example readability('The cat sat on the mat.').grade // -1.4
 */
export function readability(text: string, glossary: readonly string[] = READABILITY_GLOSSARY): ReadabilityResult {
  const sentences = splitSentences(maskGlossary(text, glossary));
  let wordCount = 0;
  let syllableCount = 0;
  let sentenceCount = 0;
  for (const sentence of sentences) {
    const list = words(sentence);
    if (list.length === 0) continue;
    sentenceCount += 1;
    wordCount += list.length;
    for (const w of list) syllableCount += wordSyllables(w);
  }
  if (wordCount === 0) throw new Error('readability: the text has no words to measure');
  const grade = fleschKincaid({ sentence: sentenceCount, word: wordCount, syllable: syllableCount });
  return {
    sentences: sentenceCount,
    words: wordCount,
    syllables: syllableCount,
    grade: Math.round(grade * 10) / 10,
  };
}
