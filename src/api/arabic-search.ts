/**
 * How search matches Arabic, the way readers type it: one pure module, used by the mock API to
 * find and rank articles and by the app to mark the matches, so what is found and what is marked
 * never disagree. Part of the contract (docs/api.md): a real search API matches the same way.
 *
 * - Diacritics (tashkeel, the dagger alif, Quranic marks) and tatweel are ignored.
 * - أ إ آ ٱ and ا are one letter; ى and ي are one; ة and ه are one (ة is only ever final).
 * - Persian/Kurdish ک and ی are ك and ي; Arabic-Indic digits are Latin digits; Latin is lower case.
 * - A word matches inside a longer one («استراتيجي» in «الإستراتيجي»), and a word that starts with
 *   an alif also matches after the article that swallows it («استراتيجي» in «الستراتيجي»).
 */

const IGNORED = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0640]/;

const LETTERS: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ى: 'ي',
  ی: 'ي',
  ة: 'ه',
  ک: 'ك',
};

/** One character in its search form: '' for what is ignored. */
function fold(character: string): string {
  if (IGNORED.test(character)) return '';
  const letter = LETTERS[character];
  if (letter) return letter;
  const code = character.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  return character.toLowerCase();
}

/** Text in its search form: the same length or shorter, nothing but letters folded and marks dropped. */
export function normalizeArabic(text: string): string {
  let out = '';
  for (const character of text) out += fold(character);
  return out;
}

/** Text in its search form, with where each of its characters came from in the original. */
function normalizeWithMap(text: string): { normalized: string; origin: number[] } {
  let normalized = '';
  const origin: number[] = [];
  for (let index = 0; index < text.length; index += 1) {
    const folded = fold(text[index] ?? '');
    for (const character of folded) {
      normalized += character;
      origin.push(index);
    }
  }
  return { normalized, origin };
}

/** The fewest letters a search needs: one letter matches nearly everything. */
export const SEARCH_MIN_LENGTH = 2;

/**
 * The most of a query that is read: a reader's search is a few words, and every letter of it is
 * matched against every article, so a pasted page (or a crafted address) is cut before any work.
 */
export const SEARCH_MAX_LENGTH = 100;

/** The words of a query, in search form: each a list of the forms it matches. */
export function searchTerms(query: string): string[][] {
  return normalizeArabic(query.slice(0, SEARCH_MAX_LENGTH))
    .split(/[\s\u060C\u061B\u061F.,;:!?"'()«»\-–—/]+/)
    .filter((word) => word.length > 0)
    .map((word) =>
      // «استراتيجي» after «ال» is written «الستراتيجي» too: the alif goes with the article's.
      word.length >= 4 && word.startsWith('ا') ? [word, `ال${word.slice(1)}`] : [word],
    );
}

/** Whether a query is long enough to search: at least two letters in all. */
export function isSearchable(query: string): boolean {
  return (
    searchTerms(query).reduce((length, forms) => length + (forms[0]?.length ?? 0), 0) >= SEARCH_MIN_LENGTH
  );
}

/** Whether every word of the query is in the text (in search form). */
export function matchesAll(text: string, terms: string[][]): boolean {
  const normalized = normalizeArabic(text);
  return terms.every((forms) => forms.some((form) => normalized.includes(form)));
}

/** How many of the query's words are in the text. */
export function countMatches(text: string, terms: string[][]): number {
  const normalized = normalizeArabic(text);
  return terms.filter((forms) => forms.some((form) => normalized.includes(form))).length;
}

export type TextPart = { text: string; match: boolean };

/**
 * The text cut into parts, the matches of the query's words marked: the original characters, with
 * their diacritics, so a reader sees what was written and where it matched.
 */
export function highlightParts(text: string, query: string): TextPart[] {
  const terms = searchTerms(query);
  if (terms.length === 0) return [{ text, match: false }];
  const { normalized, origin } = normalizeWithMap(text);
  const ranges: [number, number][] = [];
  for (const forms of terms) {
    for (const form of forms) {
      let from = normalized.indexOf(form);
      while (from !== -1) {
        const start = origin[from] ?? 0;
        let end = (origin[from + form.length - 1] ?? start) + 1;
        // The marks on the last letter belong to it.
        while (end < text.length && fold(text[end] ?? '') === '') end += 1;
        ranges.push([start, end]);
        from = normalized.indexOf(form, from + 1);
      }
    }
  }
  if (ranges.length === 0) return [{ text, match: false }];
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  const parts: TextPart[] = [];
  let at = 0;
  for (const [start, end] of merged) {
    if (start > at) parts.push({ text: text.slice(at, start), match: false });
    parts.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), match: false });
  return parts;
}
