import type { CustomerRecord } from '@tillsafe/sync';

/**
 * Finding a customer at the till, over the customers the till holds, on every keystroke: by name,
 * phone or email, forgiving a typo. Each word of the query must match the customer somewhere:
 * the start of a word of their name or email scores best, a piece inside a word next, and a word
 * within a small edit distance (one slip for 4–6 letters, two from 7; a swap of two neighbouring
 * letters counts as one, the optimal string alignment distance) last. Digits match the phone
 * number's digits, however it was written ("555 0142" finds "(207) 555-0142").
 */
export const CUSTOMER_SEARCH_LIMIT = 20;

interface Entry {
  customer: CustomerRecord;
  words: string[];
  email: string;
  phoneDigits: string;
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const wordsOf = (text: string) => fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

export function indexCustomers(customers: readonly CustomerRecord[]): Entry[] {
  return customers.map((customer) => ({
    customer,
    words: [...wordsOf(customer.name), ...wordsOf(customer.email ?? '')],
    email: fold(customer.email ?? ''),
    phoneDigits: (customer.phone ?? '').replace(/\D/g, ''),
  }));
}

/** Edit distance with adjacent swaps (optimal string alignment), giving up beyond `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

const allowedSlips = (token: string) => (token.length >= 7 ? 2 : token.length >= 4 ? 1 : 0);

/** How well one word of the query matches a customer: 0 for not at all. */
function tokenScore(entry: Entry, token: string): number {
  const digits = token.replace(/\D/g, '');
  if (digits.length >= 3 && digits.length === token.replace(/[\s()+.-]/g, '').length && entry.phoneDigits.includes(digits)) return 3;
  if (token.includes('@') && entry.email.includes(token)) return 3;
  const words = wordsOf(token);
  if (words.length === 0) return 0;
  let total = 0;
  for (const part of words) {
    let best = 0;
    const slips = allowedSlips(part);
    for (const word of entry.words) {
      if (word.startsWith(part)) best = Math.max(best, 3);
      else if (part.length >= 3 && word.includes(part)) best = Math.max(best, 2);
      else if (slips > 0 && (editDistance(part, word, slips) <= slips || editDistance(part, word.slice(0, part.length), slips) <= slips)) best = Math.max(best, 1);
      if (best === 3) break;
    }
    if (best === 0) return 0;
    total += best;
  }
  return total;
}

/**
 * The customers matching `query`, best first (then by name); with an empty query, everyone by
 * name. At most `limit`.
 */
export function searchCustomers(index: readonly Entry[], query: string, limit = CUSTOMER_SEARCH_LIMIT): CustomerRecord[] {
  const tokens = query.trim().split(/\s+/).filter(Boolean).map(fold);
  const byName = (a: Entry, b: Entry) => a.customer.name.localeCompare(b.customer.name);
  if (tokens.length === 0) return [...index].sort(byName).slice(0, limit).map((e) => e.customer);
  // Digits typed in groups ("555 0142") are one phone number.
  const phone = query.replace(/[\s()+.-]/g, '');
  const scored: { entry: Entry; score: number }[] = [];
  for (const entry of index) {
    if (/^\d{3,}$/.test(phone) && entry.phoneDigits.includes(phone)) {
      scored.push({ entry, score: 3 * tokens.length });
      continue;
    }
    let score = 0;
    for (const token of tokens) {
      const s = tokenScore(entry, token);
      if (s === 0) {
        score = 0;
        break;
      }
      score += s;
    }
    if (score > 0) scored.push({ entry, score });
  }
  scored.sort((a, b) => b.score - a.score || byName(a.entry, b.entry));
  return scored.slice(0, limit).map((s) => s.entry.customer);
}
