import { encodeCodepage, type TableCodepage } from './codepages';
import { formatTotal } from './money-text';
import { padLeft, printable, width } from './text-columns';
import type { PrinterTransport } from './transport';

/**
 * The optional 2 × 20 customer display (a VFD pole display) facing the customer: the last item
 * scanned and the running total. Two command sets cover nearly every model sold with tills:
 *
 * ESC/POS (Epson DM-D and compatibles): ESC @ resets, ESC t n picks the code page, CLR (0C)
 * clears, US $ x y (1F 24 x y) moves to column x of row y, then the 20 characters of that row.
 * CD5220: ESC @ resets, CLR clears, ESC Q A <text> CR fills the upper row, ESC Q B … the lower.
 */
export const DISPLAY_COLUMNS = 20;

export interface DisplayLines {
  top: string;
  bottom: string;
}

export interface DisplayOptions {
  protocol?: 'esc-pos' | 'cd5220';
  codepage?: TableCodepage;
}

const epsonPage: Record<TableCodepage, number> = { cp437: 0, cp850: 2, cp858: 19 };

/** Exactly 20 printable characters: cut when longer, padded with spaces when shorter. */
export function fitDisplayLine(text: string): string {
  const clean = printable(text);
  return width(clean) > DISPLAY_COLUMNS ? Array.from(clean).slice(0, DISPLAY_COLUMNS).join('') : clean + ' '.repeat(DISPLAY_COLUMNS - width(clean));
}

/** Left text and right text on one 20-column row; the left text gives way. */
export function displayRow(left: string, right: string): string {
  const r = printable(right);
  const room = DISPLAY_COLUMNS - width(r) - 1;
  const l = Array.from(printable(left)).slice(0, Math.max(room, 0)).join('');
  return fitDisplayLine(l + padLeft(r, DISPLAY_COLUMNS - width(l)));
}

export function displayBytes(lines: DisplayLines, options: DisplayOptions = {}): Uint8Array<ArrayBuffer> {
  const page = options.codepage ?? 'cp858';
  const top = Array.from(encodeCodepage(fitDisplayLine(lines.top), page));
  const bottom = Array.from(encodeCodepage(fitDisplayLine(lines.bottom), page));
  if (options.protocol === 'cd5220') {
    return Uint8Array.from([0x1b, 0x40, 0x0c, 0x1b, 0x51, 0x41, ...top, 0x0d, 0x1b, 0x51, 0x42, ...bottom, 0x0d]);
  }
  return Uint8Array.from([0x1b, 0x40, 0x1b, 0x74, epsonPage[page], 0x0c, 0x1f, 0x24, 1, 1, ...top, 0x1f, 0x24, 1, 2, ...bottom]);
}

export function clearDisplayBytes(): Uint8Array<ArrayBuffer> {
  return Uint8Array.of(0x1b, 0x40, 0x0c);
}

/** What the customer sees while selling: the last line and the total so far. */
export function lastLineAndTotal(
  line: { name: string; qty: number; lineTotal: number },
  total: number,
  money: { currency: string; locale: string },
): DisplayLines {
  const name = line.qty === 1 ? line.name : `${line.qty} x ${line.name}`;
  return {
    top: displayRow(name, formatTotal(line.lineTotal, money.currency, money.locale)),
    bottom: displayRow('TOTAL', formatTotal(total, money.currency, money.locale)),
  };
}

/**
 * Sends display updates without ever making the till wait: show() returns at once, and if the
 * display is still busy with an earlier update only the newest one is sent next (a display shows
 * the present, so stale updates are dropped, unlike receipts). Failures are reported, not thrown.
 */
export class CustomerDisplay {
  private pending: Uint8Array | null = null;
  private sending = false;

  constructor(
    private readonly transport: Pick<PrinterTransport, 'write'>,
    private readonly options: DisplayOptions & { onError?: (error: unknown) => void } = {},
  ) {}

  show(lines: DisplayLines): void {
    this.pending = displayBytes(lines, this.options);
    if (!this.sending) void this.drain();
  }

  clear(): void {
    this.pending = clearDisplayBytes();
    if (!this.sending) void this.drain();
  }

  private async drain(): Promise<void> {
    this.sending = true;
    try {
      while (this.pending) {
        const bytes = this.pending;
        this.pending = null;
        try {
          await this.transport.write(bytes);
        } catch (error) {
          this.options.onError?.(error);
        }
      }
    } finally {
      this.sending = false;
    }
  }
}
