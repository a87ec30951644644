/**
 * Barcode scanners in keyboard-wedge mode (most USB and Bluetooth scanners out of the box) type
 * the code as key presses and end it with Enter (or Tab). What tells a scan from a person is the
 * rhythm: a scanner sends each key a few milliseconds after the last, far faster than anyone
 * types, and keeps that pace for the whole code. The detector watches the keys' times and
 * recognises a scan when a terminator ends a run of at least `minLength` printable keys, each
 * within `maxGapMs` of the one before and the terminator too. Anything slower is a person and is
 * never claimed, so a cashier typing in a field keeps every key.
 *
 * Pure: fed keys with their timestamps (a KeyboardEvent's `key` and `timeStamp`), it answers
 * what each key is; the till's DOM binding decides what to do with the page (use-wedge-scanner).
 */
export interface WedgeOptions {
  /** The longest pause between two keys of one scan. */
  maxGapMs?: number;
  /** The shortest code: EAN-8 and UPC-E are 8 and 6 digits long. */
  minLength?: number;
  /** The longest code kept: longer runs are not barcodes (a licence's PDF417 text is read elsewhere). */
  maxLength?: number;
}

export type WedgeKey =
  /** A printable key, part of a possible scan of `run` keys so far (1 when it starts one). */
  | { kind: 'char'; run: number }
  /** The terminator of a scan: the code, and how many printable keys it took (to undo them). */
  | { kind: 'scan'; code: string; keys: number }
  /** Anything else: a terminator after typing, a modifier, an arrow, Backspace. */
  | { kind: 'other' };

export const WEDGE_DEFAULTS: Required<WedgeOptions> = { maxGapMs: 35, minLength: 6, maxLength: 64 };

/** Keys scanners send on their own around a code, without breaking it (Shift for capitals). */
const TRANSPARENT: ReadonlySet<string> = new Set(['Shift']);
const TERMINATORS: ReadonlySet<string> = new Set(['Enter', 'Tab']);

export class WedgeDetector {
  private readonly options: Required<WedgeOptions>;
  private chars: string[] = [];
  private lastAt = -Infinity;

  constructor(options: WedgeOptions = {}) {
    this.options = { ...WEDGE_DEFAULTS, ...options };
  }

  /** Feeds one key press; `at` in milliseconds on any monotonic clock. */
  key(key: string, at: number): WedgeKey {
    if (TRANSPARENT.has(key)) return { kind: 'other' };
    const quick = at - this.lastAt <= this.options.maxGapMs;
    this.lastAt = at;
    if (TERMINATORS.has(key)) {
      const chars = this.chars;
      this.chars = [];
      if (quick && chars.length >= this.options.minLength && chars.length <= this.options.maxLength) return { kind: 'scan', code: chars.join(''), keys: chars.length };
      return { kind: 'other' };
    }
    if (key.length !== 1) {
      this.chars = [];
      return { kind: 'other' };
    }
    if (!quick) this.chars = [];
    this.chars.push(key);
    return { kind: 'char', run: this.chars.length };
  }

  /** Forgets a run in progress (focus moved, a dialog opened). */
  reset(): void {
    this.chars = [];
    this.lastAt = -Infinity;
  }
}
