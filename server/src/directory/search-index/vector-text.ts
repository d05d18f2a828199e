/**
 * A service's words as PostgreSQL writes a tsvector (`'legal':1A,4 'help':2`), read back with what ts_rank would
 * count for each: the in-memory index (search-index/) ranks as the database did, without asking it per query.
 */

/** One word of a service and its share of the rank when a query names it (ts_rank's calc_rank_or, per entry). */
export interface VectorWord {
  word: string;
  rank: number;
}

/** ts_rank's default weights of positions marked A, B, C and D (D is not written). */
const WEIGHT_OF: Record<string, number> = { A: 1, B: 0.4, C: 0.2 };
const D = 0.1;
/** π²/6: the limit of Σ 1/j², by which ts_rank scales an entry's positions. */
const PI2_6 = 1.64493406685;

/**
 * Parses tsvector output: quoted words (`''` and `\\` doubled inside), each with optional positions `:1A,2,3B`.
 * Read with indexOf rather than a regular expression: a directory of 10,000 services has some 700,000 entries.
 */
export function readVector(text: string): VectorWord[] {
  const words: VectorWord[] = [];
  let at = text.indexOf("'");
  while (at >= 0) {
    let end = at + 1;
    for (;;) {
      const quote = text.indexOf("'", end);
      if (quote < 0) return words;
      if (text.charCodeAt(quote + 1) === 39) end = quote + 2;
      else {
        end = quote;
        break;
      }
    }
    const raw = text.slice(at + 1, end);
    const word = raw.includes("''") || raw.includes('\\') ? raw.replace(/''|\\\\/g, (pair) => pair[0]!) : raw;
    // ts_rank's share of one entry (calc_rank_or): Σ w_j / j², and the best weight counted in full.
    let sum = 0;
    let best = -1;
    let bestAt = 1;
    let next = end + 1;
    if (text[next] === ':') {
      let j = 1;
      for (next++; next < text.length && text[next] !== ' '; next++) {
        const c = text[next]!;
        if (c >= '0' && c <= '9') continue;
        const weight = c === ',' ? D : WEIGHT_OF[c]!;
        sum += weight / (j * j);
        if (weight > best) {
          best = weight;
          bestAt = j;
        }
        j++;
        if (c !== ',' && text[next + 1] === ',') next++; // the comma after a weight letter
      }
      const last = text[next - 1]!;
      if (last >= '0' && last <= '9') {
        sum += D / (j * j);
        if (D > best) {
          best = D;
          bestAt = j;
        }
      }
    } else {
      sum = D;
      best = D;
    }
    words.push({ word, rank: (best + sum - best / (bestAt * bestAt)) / PI2_6 });
    at = text.indexOf("'", next);
  }
  return words;
}
