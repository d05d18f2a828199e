/** How a visitor's query is cut into words before anything is looked up. */

/** The most words and characters searched; the rest of a longer query is left out (and the answer says so). */
export const MAX_QUERY_WORDS = 12;
export const MAX_QUERY_CHARS = 200;

/** Scripts written without spaces between words: a word of theirs is matched as a substring too. */
export const UNSPACED_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/**
 * A word: letters, digits and combining marks, in one kind of script (a run written without spaces is its own word,
 * so "legal法律" is two words).
 */
const WORD =
  /(?:[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]\p{M}*)+|(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}])[\p{L}\p{N}\p{M}])+/gu;

/** One word as typed, and where it stands in the query (to write the query back with a word replaced). */
export interface QueryToken {
  text: string;
  start: number;
  end: number;
  unspaced: boolean;
}

export interface CutQuery {
  /** The query as searched: trimmed, spaces collapsed, at most MAX_QUERY_WORDS words and MAX_QUERY_CHARS characters. */
  q: string;
  tokens: QueryToken[];
}

/** Cuts a query to what is searched: whole words only, never half of one. */
export function cutQuery(raw: string): CutQuery {
  let q = raw.replace(/\s+/gu, ' ').trim();
  if ([...q].length > MAX_QUERY_CHARS) q = cutAtWord([...q].slice(0, MAX_QUERY_CHARS).join(''), q);
  const tokens: QueryToken[] = [];
  for (const match of q.matchAll(WORD)) {
    if (tokens.length === MAX_QUERY_WORDS) {
      q = q.slice(0, match.index).trimEnd();
      break;
    }
    const text = match[0];
    tokens.push({ text, start: match.index, end: match.index + text.length, unspaced: UNSPACED_SCRIPT.test(text) });
  }
  return { q, tokens };
}

/** `cut` (a prefix of `whole`) without a last word the cut went through. */
function cutAtWord(cut: string, whole: string): string {
  const next = whole.slice(cut.length, cut.length + 1);
  if (!next || /\s/u.test(next)) return cut.trimEnd();
  const space = cut.search(/\s\S*$/u);
  return (space > 0 ? cut.slice(0, space) : cut).trimEnd();
}

/** The query with some of its words replaced (by index into `tokens`). */
export function replaceWords(
  q: string,
  tokens: readonly QueryToken[],
  replacements: ReadonlyMap<number, string>,
): string {
  let out = '';
  let at = 0;
  tokens.forEach((token, index) => {
    const replacement = replacements.get(index);
    if (replacement === undefined) return;
    out += q.slice(at, token.start) + replacement;
    at = token.end;
  });
  return out + q.slice(at);
}

/** A folded word to find among a service's words: as it is, or (prefix) as the start of one. */
export interface SearchWord {
  word: string;
  prefix: boolean;
}
