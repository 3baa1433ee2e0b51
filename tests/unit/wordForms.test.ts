import { describe, expect, it } from 'vitest';
import { plainLetterVariants, searchVariants, wordForms } from '../../src/lib/search/wordForms';

describe('wordForms', () => {
  it('pairs Portuguese plurals and singulars both ways', () => {
    for (const [plural, singular] of [
      ['recuperações', 'recuperação'],
      ['medicações', 'medicação'],
      ['medicamentos', 'medicamento'],
      ['hospitais', 'hospital'],
      ['serviços', 'serviço'],
    ]) {
      expect(wordForms(plural!, 'pt'), plural).toContain(singular);
      expect(wordForms(singular!, 'pt'), singular).toContain(plural);
    }
  });

  it('pairs Spanish plurals and singulars both ways', () => {
    for (const [plural, singular] of [
      ['desintoxicaciones', 'desintoxicación'],
      ['medicamentos', 'medicamento'],
      ['líneas', 'línea'],
    ]) {
      expect(wordForms(plural!, 'es'), plural).toContain(singular);
      expect(wordForms(singular!, 'es'), singular).toContain(plural);
    }
  });

  it('leaves English and short words alone', () => {
    expect(wordForms('detox', 'en')).toEqual(['detox']);
    expect(wordForms('de', 'pt')).toEqual(['de']);
  });
});

describe('searchVariants', () => {
  it('searches the query as typed first, then its other number', () => {
    expect(searchVariants('recuperações', 'pt')).toEqual(['recuperações', 'recuperação']);
    expect(searchVariants('  detox ', 'en')).toEqual(['detox']);
    expect(searchVariants('', 'pt')).toEqual([]);
  });
});

describe('plainLetterVariants', () => {
  it('tries Vietnamese d typed plain as đ too, word by word', () => {
    expect(plainLetterVariants('giai doc', 'vi')).toEqual(['giai doc', 'giai đoc']);
    expect(plainLetterVariants('dich vu dieu tri', 'vi')).toEqual([
      'dich vu dieu tri',
      'dich vu đieu tri',
      'đich vu dieu tri',
      'đich vu đieu tri',
    ]);
  });

  it('leaves a word already typed with đ, and languages without such letters, as typed', () => {
    expect(plainLetterVariants('điều trị', 'vi')).toEqual(['điều trị']);
    expect(plainLetterVariants('detox day', 'en')).toEqual(['detox day']);
  });

  it('stops at eight spellings however many words have a d', () => {
    expect(plainLetterVariants('do dau den dat dung', 'vi')).toHaveLength(8);
  });

  it('is part of the searches the search page runs', () => {
    expect(searchVariants('cai nghien giai doc', 'vi')).toContain('cai nghien giai đoc');
  });
});
