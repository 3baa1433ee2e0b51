/**
 * Singular and plural forms of the words in a search, for languages where the search index misses them.
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
 * The searches to run for a query: the query as typed, then the query with each word in its other number.
 * @example searchVariants('recuperações', 'pt') // ['recuperações', 'recuperação']
 * @example searchVariants('centro de recuperação', 'pt') // ['centro de recuperação', 'centros de recuperações'] (each word's first other form)
 */
export function searchVariants(query: string, language: string): string[] {
  const words = query.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const other = words.map((w) => wordForms(w, language)[1] ?? w).join(' ');
  return [...new Set([words.join(' '), other])];
}
