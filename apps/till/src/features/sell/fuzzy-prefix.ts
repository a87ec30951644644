/**
 * Typo tolerance for search-as-you-type: the fewest edits (insert, delete, substitute, or swap two
 * neighbouring letters — the optimal string alignment variant of Damerau–Levenshtein) that turn
 * the typed word into the START of a word in the catalog. "jamesen" is one edit from "jameson";
 * "jamse" is one swap from "james", the start of "jameson", so the product shows while the
 * cashier is still typing.
 *
 * Computed one column (one letter of the catalog word) at a time over the typed word. Every path
 * to a later column passes through this one, and the top cell only grows, so once every cell of
 * a column is over the limit no later prefix can come back under it and the comparison stops
 * (Ukkonen's cut-off). Buffers are reused between calls: the search runs it over every word of
 * the catalog on every keystroke.
 */

let previous2 = new Int32Array(32);
let previous = new Int32Array(32);
let current = new Int32Array(32);

/** The edit distance from `typed` to the closest prefix of `word`, or `limit + 1` when over `limit`. */
export function fuzzyPrefixDistance(typed: string, word: string, limit: number): number {
  const m = typed.length;
  if (m === 0) return 0;
  if (previous.length <= m) {
    previous2 = new Int32Array(m + 1);
    previous = new Int32Array(m + 1);
    current = new Int32Array(m + 1);
  }
  // Column 0: the empty prefix of `word`, reached from the typed word by deleting all of it.
  for (let i = 0; i <= m; i++) previous[i] = i;
  let best = m;
  const columns = Math.min(word.length, m + limit);
  for (let j = 1; j <= columns; j++) {
    const w = word.charCodeAt(j - 1);
    current[0] = j;
    let columnMin = j;
    for (let i = 1; i <= m; i++) {
      const t = typed.charCodeAt(i - 1);
      let cell = Math.min(previous[i]! + 1, current[i - 1]! + 1, previous[i - 1]! + (t === w ? 0 : 1));
      if (i > 1 && j > 1 && t === word.charCodeAt(j - 2) && typed.charCodeAt(i - 2) === w) cell = Math.min(cell, previous2[i - 2]! + 1);
      current[i] = cell;
      if (cell < columnMin) columnMin = cell;
    }
    if (current[m]! < best) best = current[m]!;
    if (columnMin > limit) break;
    const spare = previous2;
    previous2 = previous;
    previous = current;
    current = spare;
  }
  return best <= limit ? best : limit + 1;
}

/** How many typos a typed word may carry: none under 4 letters, one up to 6, two from 7. */
export function typoAllowance(typed: string): number {
  if (typed.length < 4) return 0;
  return typed.length < 7 ? 1 : 2;
}
