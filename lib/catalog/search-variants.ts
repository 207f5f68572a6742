// How Medan writes what it sells: spellings and words that mean the same product, kept as data.
// A query word (or phrase) found in a group matches any member of the group; add a group here
// when shoppers are seen searching for a word the catalog spells another way.
export const searchVariantGroups: readonly (readonly string[])[] = [
  ['keripik', 'kripik'],
  ['sambal', 'sambel'],
  ['kue', 'kueh'],
  ['bolu', 'bolu kukus'],
  ['teh', 'tea'],
  ['kopi', 'coffee'],
  ['ulos', 'tenun'],
  ['bika', 'bika ambon'],
  ['kerupuk', 'krupuk'],
  ['pempek', 'empek-empek', 'empek empek'],
];

// Particles and the possessive that Indonesian adds to a word: "kopinya", "enaklah". A word with
// one also matches without it (not instead of it: "sekolah" and "punya" are words of their own).
const SUFFIXES = ['nya', 'lah', 'kah', 'pun'];
const MIN_STEM = 3;

/** A query word and what it may also be written as (itself first). */
export type WordAlternatives = string[];

/** Lower case, accents off, words separated by single spaces: how queries and variants compare. */
export const normalize = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

// Longest first, so "bolu kukus" is read as one term before "bolu".
const terms = searchVariantGroups
  .flatMap((group) => group.map((term) => ({ term: normalize(term), group: group.map(normalize) })))
  .sort((a, b) => b.term.split(' ').length - a.term.split(' ').length || b.term.length - a.term.length);

/** The word without a particle ("kopinya" → "kopi"), or null when it has none. */
export function withoutSuffix(word: string) {
  for (const suffix of SUFFIXES)
    if (word.endsWith(suffix) && word.length - suffix.length >= MIN_STEM)
      return word.slice(0, -suffix.length);
  return null;
}

/**
 * The query as a list of terms, each with its alternatives: "kripiknya balado" →
 * [["kripiknya", "kripik", "keripik"], ["balado"]]. Terms may be phrases ("bolu kukus").
 */
export function queryTerms(q: string): WordAlternatives[] {
  const words = normalize(q).split(' ').filter(Boolean);
  const result: WordAlternatives[] = [];
  for (let i = 0; i < words.length;) {
    const match = terms.find(({ term }) => {
      const parts = term.split(' ');
      return parts.every((part, j) => words[i + j] === part || withoutSuffix(words[i + j] ?? '') === part);
    });
    if (match) {
      const length = match.term.split(' ').length;
      const typed = words.slice(i, i + length).join(' ');
      result.push([...new Set([typed, ...match.group])]);
      i += length;
      continue;
    }
    const word = words[i];
    const stem = withoutSuffix(word);
    const stemGroup = stem ? terms.find(({ term }) => term === stem)?.group : undefined;
    result.push([...new Set([word, ...(stem ? [stem] : []), ...(stemGroup ?? [])])]);
    i += 1;
  }
  return result.slice(0, 8);
}
