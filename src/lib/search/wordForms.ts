/**
 * Singular and plural forms of the words in a search, for languages where the search index misses them,
 * and the letters a reader types plain that are letters of their own (Vietnamese đ typed as d).
 *
 * Pagefind 1.6 strips accents before it stems (pagefind/src/fossick/splitting.rs, `get_indexable_words`),
 * and the Portuguese and Spanish Snowball stemmers need the accents to remove suffixes such as -ções/-ção:
 * "recuperações" and "recuperação" end up under different stems, so one finds nothing. The search page
 * therefore also searches the other number of each word and merges the results.
 */

/** Plural ending → singular ending, longest first (Portuguese spelling rules for the regular cases). */
const PT_RULES: readonly (readonly [string, string])[] = [
  ['ções', 'ção'],
  ['sões', 'são'],
  ['ões', 'ão'],
  ['ães', 'ão'],
  ['ais', 'al'],
  ['éis', 'el'],
  ['óis', 'ol'],
  ['eis', 'il'],
  ['ns', 'm'],
  ['res', 'r'],
  ['zes', 'z'],
  ['s', ''],
];

/** Plural ending → singular ending, longest first (Spanish spelling rules for the regular cases). */
const ES_RULES: readonly (readonly [string, string])[] = [
  ['ciones', 'ción'],
  ['siones', 'sión'],
  ['ces', 'z'],
  ['es', ''],
  ['s', ''],
];

const RULES: Readonly<Record<string, readonly (readonly [string, string])[]>> = { pt: PT_RULES, es: ES_RULES };

/**
 * The other grammatical number of one word (plural → singular and singular → plural) by the language's
 * regular spelling rules. Returns the word itself first; other forms follow, without duplicates. Words of
 * three letters or fewer and languages without rules return only the word.
 * @param word one word, lower case or not
 * @param language the first part of the page's `lang` (`pt` for pt-BR)
 * @example wordForms('recuperações', 'pt') // ['recuperações', 'recuperação']
 * @example wordForms('recuperação', 'pt') // ['recuperação', 'recuperações']
 * @example wordForms('detox', 'en') // ['detox']
 */
export function wordForms(word: string, language: string): string[] {
  const rules = RULES[language];
  const forms = [word];
  if (!rules || word.length <= 3) return forms;
  const lower = word.toLocaleLowerCase(language);
  const plural = rules.find(([p]) => lower.endsWith(p) && lower.length > p.length + 2);
  if (plural) forms.push(lower.slice(0, lower.length - plural[0].length) + plural[1]);
  // Singular → plural: the first rule whose singular ending fits (an empty ending always does).
  const singular = rules.find(([, s]) => s !== '' && lower.endsWith(s));
  if (singular) forms.push(lower.slice(0, lower.length - singular[1].length) + singular[0]);
  else if (!plural) forms.push(`${lower}s`);
  return [...new Set(forms)];
}

/**
 * Letters of a language that are not a letter plus an accent, so Pagefind's accent-free matching (which
 * drops combining marks after Unicode decomposition) does not reach them from the plain letter a reader
 * types: plain letter → the language's letter. Vietnamese đ does not decompose into d plus a mark, and
 * typing Vietnamese without accents writes it as d ("dieu tri" for "điều trị").
 */
const PLAIN_LETTERS: Readonly<Record<string, readonly (readonly [string, string])[]>> = { vi: [['d', 'đ']] };

/** At most this many words of one query get their plain letters tried both ways (2^3 = 8 searches). */
const MAX_PLAIN_WORDS = 3;

/**
 * The spellings a query typed without accents may stand for: each word with a plain letter (d) as typed
 * and with the language's own letter (đ), in every combination over the first three such words. Returns the
 * query alone for languages without such letters.
 * @example plainLetterVariants('giai doc', 'vi') // ['giai doc', 'giai đoc']
 * @example plainLetterVariants('detox', 'en') // ['detox']
 */
export function plainLetterVariants(query: string, language: string): string[] {
  const pairs = PLAIN_LETTERS[language] ?? [];
  let variants = [[] as string[]];
  let swapped = 0;
  for (const word of query.trim().split(/\s+/).filter(Boolean)) {
    const lower = word.toLocaleLowerCase(language);
    const other = pairs.reduce((w, [plain, letter]) => w.replaceAll(plain, letter), lower);
    const forms = other !== lower && swapped < MAX_PLAIN_WORDS ? [word, other] : [word];
    if (forms.length > 1) swapped++;
    variants = variants.flatMap((v) => forms.map((f) => [...v, f]));
  }
  return [...new Set(variants.map((v) => v.join(' ')))];
}

/**
 * The searches to run for a query: the query as typed, then the query with each word in its other number,
 * then the spellings its plain letters may stand for (see `plainLetterVariants`).
 * @example searchVariants('recuperações', 'pt') // ['recuperações', 'recuperação']
 * @example searchVariants('centro de recuperação', 'pt') // ['centro de recuperação', 'centros de recuperações'] (each word's first other form)
 */
export function searchVariants(query: string, language: string): string[] {
  const words = query.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const other = words.map((w) => wordForms(w, language)[1] ?? w).join(' ');
  return [...new Set([words.join(' '), other, ...plainLetterVariants(words.join(' '), language)])];
}
