/** A name as search compares it: lower case, accents dropped (José is found by "jose"). */
const fold = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase().replace(/\s+/g, ' ').trim();

/** Whether every word typed starts a word of the name, or appears in it ("mar per" finds María Pérez). */
export function matchesName(name: string, query: string): boolean {
  const haystack = fold(name);
  return fold(query)
    .split(' ')
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}
