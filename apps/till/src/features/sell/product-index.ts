import type { Pack } from '@tillsafe/domain';
import type { ProductRecord } from '@tillsafe/sync';
import { fuzzyPrefixDistance, typoAllowance } from './fuzzy-prefix';
import { normalise, normaliseCode, sizeWords, words } from './search-terms';

/**
 * The sell screen's in-memory catalog index: built once from the products the till holds, then
 * kept current product by product as pulls change them (live-catalog.ts), and searched on every
 * keystroke.
 *
 * - Words (of the name, the brand and the size) point to the products that contain them, each
 *   posting tagged with the field it came from. A query's words are compared with every distinct
 *   word of the catalog — far fewer than products — as equal, as a prefix, inside a word, or
 *   within a typo or two (fuzzy-prefix.ts); every query word must match for a product to show.
 * - SKUs and barcodes are codes: exact or prefix matches of the whole query, through sorted arrays.
 *   A barcode also names its pack, so a scanned case barcode adds the case.
 * - Changes tombstone the product's slot and append a new one; the lists sorted by name and by
 *   code are rebuilt on the next query after a change, and the whole index is compacted when
 *   tombstones outnumber live products.
 *
 * Ranking: the best match of each query word, weighted by field (a word of the name counts more
 * than one of the brand), an exact code above all, a name that starts with the query above other
 * names; ties in name order.
 */

export const SEARCH_LIMIT = 60;

const FIELD = { name: 0, brand: 1, size: 2 } as const;
type Field = (typeof FIELD)[keyof typeof FIELD];
/** By field: a word of the name counts more than one of the brand or the size. */
const FIELD_WEIGHT = [3, 2, 2, 0] as const;
const MATCH = { exact: 10, prefix: 7, inside: 4, typo1: 3, typo2: 1 } as const;
const CODE = { exact: 1000, prefix: 60 } as const;
const NAME_STARTS_WITH_QUERY = 5;
/** The shortest query compared as a code prefix, and as a word inside other words. */
const MIN_CODE_PREFIX = 3;
const MIN_INSIDE = 3;

export interface ScannedPack {
  product: ProductRecord;
  pack: Pack;
}

export interface SearchResult {
  products: ProductRecord[];
  /** How many products match in all, of which `products` holds the best `limit`. */
  total: number;
}

interface Slot {
  product: ProductRecord;
  /** The normalised name, for "starts with the query". */
  name: string;
}

interface CodeEntry {
  code: string;
  slot: number;
}

export class ProductIndex {
  private slots: (Slot | undefined)[] = [];
  private readonly slotOf = new Map<string, number>();
  /** word → postings, each `slot * 4 + field`. */
  private readonly postings = new Map<string, number[]>();
  /** Every distinct word, for the scans a query word makes (prefix, inside, typo). */
  private words: string[] = [];
  private readonly barcodes = new Map<string, { slot: number; packId: string }>();
  private readonly skus = new Map<string, number>();
  private dead = 0;
  /** Live slots in name order, and codes in code order: rebuilt on the first query after a change. */
  private byName: number[] | undefined;
  private rank: Int32Array | undefined;
  private codes: CodeEntry[] | undefined;
  private scratch: Scratch | undefined;

  static build(products: Iterable<ProductRecord>): ProductIndex {
    const index = new ProductIndex();
    for (const product of products) index.upsert(product);
    return index;
  }

  /** Live products. */
  get size(): number {
    return this.slotOf.size;
  }

  get(id: string): ProductRecord | undefined {
    const slot = this.slotOf.get(id);
    return slot === undefined ? undefined : this.slots[slot]?.product;
  }

  *products(): IterableIterator<ProductRecord> {
    for (const slot of this.slots) if (slot) yield slot.product;
  }

  /** Adds or replaces a product; an inactive one leaves the index (it is not sold). */
  upsert(product: ProductRecord): void {
    this.remove(product.id);
    if (!product.active) return;
    const slot = this.slots.length;
    this.slots.push({ product, name: normalise(product.name) });
    this.slotOf.set(product.id, slot);
    const fields: [Field, string[]][] = [
      [FIELD.name, words(product.name)],
      [FIELD.brand, words(product.brand)],
      [FIELD.size, sizeWords(product.volumeMl)],
    ];
    for (const [field, list] of fields) {
      for (const [at, word] of list.entries()) {
        if (list.indexOf(word) !== at) continue;
        let posting = this.postings.get(word);
        if (!posting) {
          this.postings.set(word, (posting = []));
          this.words.push(word);
        }
        posting.push(slot * 4 + field);
      }
    }
    for (const pack of product.packs) for (const code of pack.barcodes) this.barcodes.set(normaliseCode(code), { slot, packId: pack.id });
    this.skus.set(normaliseCode(product.sku), slot);
    this.changed();
  }

  remove(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    const old = this.slots[slot]!;
    for (const pack of old.product.packs) {
      for (const code of pack.barcodes) {
        const key = normaliseCode(code);
        if (this.barcodes.get(key)?.slot === slot) this.barcodes.delete(key);
      }
    }
    const sku = normaliseCode(old.product.sku);
    if (this.skus.get(sku) === slot) this.skus.delete(sku);
    this.slots[slot] = undefined;
    this.slotOf.delete(id);
    this.dead += 1;
    this.changed();
    if (this.dead > 1000 && this.dead > this.slotOf.size) this.compact();
  }

  private changed(): void {
    this.byName = undefined;
    this.rank = undefined;
    this.codes = undefined;
  }

  /** The product and pack a scanned or typed barcode names. */
  findBarcode(code: string): ScannedPack | undefined {
    const hit = this.barcodes.get(normaliseCode(code));
    const product = hit && this.slots[hit.slot]?.product;
    const pack = product?.packs.find((p) => p.id === hit?.packId);
    return product && pack ? { product, pack } : undefined;
  }

  /**
   * Products for a query, best first; with no query, the chosen category's products (or all) in
   * name order. A query searches the whole catalog, whatever category is chosen.
   */
  search(query: string, categoryId: string | undefined, limit = SEARCH_LIMIT): SearchResult {
    const byName = this.ensureSorted();
    if (!query.trim()) return this.browse(byName, categoryId, limit);
    const scratch = this.scratchFor();
    const top = new TopK(limit, scratch.rank);
    const code = normaliseCode(query);
    const codeHits = this.scoreCodes(code, scratch, limit);
    const wordHits = this.scoreWords(words(query), scratch);
    // Names that start with the query sit together in name order: one binary search finds them.
    const startsWith = normalise(query.trim());
    for (let at = this.firstNameFrom(byName, startsWith); at < byName.length; at++) {
      const slot = byName[at]!;
      if (!this.slots[slot]!.name.startsWith(startsWith)) break;
      if (scratch.has(slot)) scratch.add(slot, NAME_STARTS_WITH_QUERY);
    }
    const { touched, score, count } = scratch;
    for (let t = 0; t < count; t++) top.offer(touched[t]!, score[touched[t]!]!);
    return { products: top.slots().map((s) => this.slots[s]!.product), total: Math.max(codeHits, wordHits, count) };
  }

  private firstNameFrom(byName: readonly number[], prefix: string): number {
    let lo = 0;
    let hi = byName.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.slots[byName[mid]!]!.name < prefix) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Readies the sorted lists now (after a batch of changes) rather than on the next keystroke. */
  prepare(): void {
    this.ensureSorted();
  }

  private browse(byName: readonly number[], categoryId: string | undefined, limit: number): SearchResult {
    const products: ProductRecord[] = [];
    let total = 0;
    for (const slot of byName) {
      const product = this.slots[slot]!.product;
      if (categoryId !== undefined && product.categoryId !== categoryId) continue;
      total += 1;
      if (products.length < limit) products.push(product);
    }
    return { products, total };
  }

  /**
   * A whole query that is a SKU or barcode, or starts one (from 3 characters). A prefix many codes
   * share (a shop's barcode prefix) puts only the first `limit` in code order in the running;
   * answers how many codes match.
   */
  private scoreCodes(code: string, scratch: Scratch, limit: number): number {
    if (!code) return 0;
    const exact = this.codeSlots(code);
    for (const slot of exact) scratch.add(slot, CODE.exact);
    if (code.length < MIN_CODE_PREFIX || !/[\p{N}-]/u.test(code)) return exact.length;
    const codes = this.ensureCodes();
    const from = lowerBound(codes, code);
    const to = lowerBound(codes, `${code}\uffff`);
    for (let at = from; at < Math.min(to, from + limit); at++) {
      const entry = codes[at]!;
      if (entry.code !== code) scratch.add(entry.slot, CODE.prefix);
    }
    return to - from;
  }

  private codeSlots(code: string): number[] {
    const out: number[] = [];
    const barcode = this.barcodes.get(code);
    if (barcode) out.push(barcode.slot);
    const sku = this.skus.get(code);
    if (sku !== undefined && sku !== barcode?.slot) out.push(sku);
    return out;
  }

  /**
   * Every query word must match a word of the product; each adds its best match. Answers how many
   * products matched them all.
   */
  private scoreWords(queryWords: readonly string[], scratch: Scratch): number {
    if (queryWords.length === 0) return 0;
    const { best, seen, wordScore, wordTouched } = scratch;
    // `seen[slot] === round + i`: the slot matched query words 0…i.
    const round = scratch.nextRounds(queryWords.length);
    let survivors = 0;
    for (let i = 0; i < queryWords.length; i++) {
      const typed = queryWords[i]!;
      const stamp = round + i;
      let count = 0;
      const allowance = /\p{N}/u.test(typed) ? 0 : typoAllowance(typed);
      for (const word of this.words) {
        const match = matchWord(typed, word, allowance);
        if (!match) continue;
        const posting = this.postings.get(word)!;
        for (let p = 0; p < posting.length; p++) {
          const slot = posting[p]! >> 2;
          const score = match * FIELD_WEIGHT[posting[p]! & 3]!;
          const stamped = seen[slot];
          if (stamped === stamp) {
            if (score > best[slot]!) best[slot] = score;
            continue;
          }
          if (i > 0 ? stamped !== stamp - 1 : !this.slots[slot]) continue;
          seen[slot] = stamp;
          best[slot] = score;
          wordTouched[count++] = slot;
        }
      }
      for (let t = 0; t < count; t++) {
        const slot = wordTouched[t]!;
        wordScore[slot] = (i === 0 ? 0 : wordScore[slot]!) + best[slot]!;
      }
      survivors = count;
      if (count === 0) return 0;
    }
    for (let t = 0; t < survivors; t++) scratch.add(wordTouched[t]!, wordScore[wordTouched[t]!]!);
    return survivors;
  }

  private ensureSorted(): number[] {
    if (this.byName) return this.byName;
    const live: number[] = [];
    this.slots.forEach((slot, i) => {
      if (slot) live.push(i);
    });
    live.sort((a, b) => {
      const x = this.slots[a]!.name;
      const y = this.slots[b]!.name;
      return x < y ? -1 : x > y ? 1 : a - b;
    });
    this.byName = live;
    this.rank = undefined;
    return live;
  }

  private ensureCodes(): CodeEntry[] {
    if (this.codes) return this.codes;
    const codes: CodeEntry[] = [];
    for (const [code, slot] of this.skus) codes.push({ code, slot });
    for (const [code, { slot }] of this.barcodes) codes.push({ code, slot });
    codes.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : a.slot - b.slot));
    this.codes = codes;
    return codes;
  }

  /** Per-slot working arrays, grown with the slots; `rank` is each slot's place in name order. */
  private scratchFor(): Scratch {
    const byName = this.ensureSorted();
    if (!this.scratch || this.scratch.capacity < this.slots.length) {
      this.scratch = new Scratch(Math.max(1024, this.slots.length * 2));
      this.rank = undefined;
    }
    if (!this.rank) {
      this.rank = this.scratch.rank;
      byName.forEach((slot, i) => {
        this.rank![slot] = i;
      });
    }
    this.scratch.reset();
    return this.scratch;
  }

  /** Rebuilds the word lists without tombstones, keeping every live product. */
  private compact(): void {
    const live = [...this.products()];
    this.slots = [];
    this.slotOf.clear();
    this.postings.clear();
    this.words = [];
    this.barcodes.clear();
    this.skus.clear();
    this.dead = 0;
    for (const product of live) this.upsert(product);
  }
}

/** How well a typed word matches a catalog word (0: not at all). */
function matchWord(typed: string, word: string, allowance: number): number {
  if (word.startsWith(typed)) return word.length === typed.length ? MATCH.exact : MATCH.prefix;
  if (typed.length >= MIN_INSIDE && word.includes(typed)) return MATCH.inside;
  // A catalog word shorter than the typed one by more than a stray letter is another word
  // ("jameson" is not a typo of "james").
  if (allowance === 0 || word.length < typed.length - 1) return 0;
  const distance = fuzzyPrefixDistance(typed, word, allowance);
  if (distance > allowance) return 0;
  return distance === 1 ? MATCH.typo1 : MATCH.typo2;
}

function lowerBound(codes: readonly CodeEntry[], code: string): number {
  let lo = 0;
  let hi = codes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (codes[mid]!.code < code) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Working arrays for one search, indexed by slot, reused between searches: rounds stamp what was
 * set in which search and query word, so nothing is cleared between keystrokes.
 */
class Scratch {
  readonly score: Float64Array;
  readonly wordScore: Float64Array;
  readonly best: Float64Array;
  readonly seen: Uint32Array;
  readonly scored: Uint32Array;
  readonly rank: Int32Array;
  /** The slots that matched the query words so far. */
  readonly wordTouched: Int32Array;
  /** The slots with a score in this search: the first `count`. */
  readonly touched: Int32Array;
  count = 0;
  private round = 1;
  private search = 0;

  constructor(readonly capacity: number) {
    this.score = new Float64Array(capacity);
    this.wordScore = new Float64Array(capacity);
    this.best = new Float64Array(capacity);
    this.seen = new Uint32Array(capacity);
    this.scored = new Uint32Array(capacity);
    this.rank = new Int32Array(capacity);
    this.wordTouched = new Int32Array(capacity);
    this.touched = new Int32Array(capacity);
  }

  reset(): void {
    this.search += 1;
    this.count = 0;
  }

  /** `count` fresh round numbers for the words of one query. */
  nextRounds(count: number): number {
    const first = this.round;
    this.round += count;
    return first;
  }

  has(slot: number): boolean {
    return this.scored[slot] === this.search;
  }

  add(slot: number, score: number): void {
    if (this.scored[slot] !== this.search) {
      this.scored[slot] = this.search;
      this.score[slot] = score;
      this.touched[this.count++] = slot;
    } else {
      this.score[slot]! += score;
    }
  }
}

/** The best `limit` slots by score, ties in name order, kept sorted as offers arrive. */
class TopK {
  private readonly kept: { slot: number; score: number }[] = [];
  constructor(
    private readonly limit: number,
    private readonly rank: Int32Array,
  ) {}

  offer(slot: number, score: number): void {
    const kept = this.kept;
    if (this.limit <= 0) return;
    if (kept.length === this.limit && !this.before(slot, score, kept[kept.length - 1]!)) return;
    let at = kept.length;
    while (at > 0 && this.before(slot, score, kept[at - 1]!)) at--;
    kept.splice(at, 0, { slot, score });
    if (kept.length > this.limit) kept.pop();
  }

  slots(): number[] {
    return this.kept.map((k) => k.slot);
  }

  private before(slot: number, score: number, other: { slot: number; score: number }): boolean {
    return score > other.score || (score === other.score && this.rank[slot]! < this.rank[other.slot]!);
  }
}
