import { describe, expect, it } from 'vitest';
import { searchVariants, wordForms } from '../../src/lib/search/wordForms';

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
