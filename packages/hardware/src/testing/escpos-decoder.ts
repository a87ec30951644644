import { decodeCodepage, type TableCodepage } from '../codepages';

/**
 * A small ESC/POS decoder for tests: it turns printer bytes back into text lines (decoding the
 * active code page with this package's own tables, not the encoder's) and into commands, so tests
 * can assert what is on the paper — "TOTAL … €42.50", a cut, a drawer pulse, the CODE128 payload —
 * instead of comparing opaque snapshots. It knows the commands Epson's ESC/POS reference defines
 * for what the till prints; anything else decodes as `unknown` rather than throwing.
 */
export type EscPosCommand =
  | { type: 'init' }
  | { type: 'text'; text: string }
  | { type: 'newline' }
  | { type: 'carriage-return' }
  | { type: 'align'; align: 'left' | 'center' | 'right' }
  | { type: 'bold'; on: boolean }
  | { type: 'underline'; on: boolean }
  | { type: 'italic'; on: boolean }
  | { type: 'invert'; on: boolean }
  | { type: 'size'; width: number; height: number }
  | { type: 'font'; font: string }
  | { type: 'kanji'; on: boolean }
  | { type: 'codepage'; page: number; name: string }
  | { type: 'line-spacing'; dots: number | null }
  | { type: 'motion-units'; x: number; y: number }
  | { type: 'feed'; lines: number }
  | { type: 'cut'; partial: boolean; feed: number | null }
  | { type: 'pulse'; pin: 2 | 5; onMs: number; offMs: number }
  | { type: 'barcode-setting'; setting: 'height' | 'width' | 'text' | 'font'; value: number }
  | { type: 'barcode'; symbology: string; data: string }
  | { type: 'qr-setting'; setting: 'model' | 'size' | 'errorlevel'; value: number }
  | { type: 'qr-store'; data: string }
  | { type: 'qr-print'; data: string }
  | { type: 'image'; mode: 'column' | 'raster'; width: number; height: number }
  | { type: 'status-request'; n: number }
  | { type: 'unknown' };

export type DecodedCommand = EscPosCommand & { offset: number; bytes: Uint8Array };

/** ESC t n page numbers as Epson assigns them. */
export const epsonCodepages: Readonly<Record<number, string>> = {
  0: 'cp437',
  2: 'cp850',
  16: 'windows1252',
  17: 'cp866',
  18: 'cp852',
  19: 'cp858',
  40: 'iso8859-15',
};

const webEncodings: Readonly<Record<string, string>> = { windows1252: 'windows-1252', cp866: 'ibm866', 'iso8859-15': 'iso-8859-15' };

function decodeText(bytes: Uint8Array, page: string): string {
  if (page === 'cp437' || page === 'cp850' || page === 'cp858') return decodeCodepage(bytes, page satisfies TableCodepage);
  const web = webEncodings[page];
  if (web) return new TextDecoder(web).decode(bytes);
  return Array.from(bytes, (b) => (b < 0x80 ? String.fromCharCode(b) : '\ufffd')).join('');
}

const functionA: Readonly<Record<number, string>> = { 0: 'upca', 1: 'upce', 2: 'ean13', 3: 'ean8', 4: 'code39', 5: 'itf', 6: 'codabar' };
const functionB: Readonly<Record<number, string>> = {
  65: 'upca', 66: 'upce', 67: 'ean13', 68: 'ean8', 69: 'code39', 70: 'itf', 71: 'codabar',
  72: 'code93', 73: 'code128', 74: 'gs1-128', 75: 'gs1-databar-omni', 76: 'gs1-databar-truncated',
  77: 'gs1-databar-limited', 78: 'gs1-databar-expanded', 79: 'code128-auto',
};

/** Human-readable CODE128 content: "{A"/"{B" runs as characters, "{C" runs as digit pairs. */
function decodeCode128(data: Uint8Array): string {
  let set = 'B';
  let out = '';
  for (let i = 0; i < data.length; i++) {
    const byte = data[i]!;
    if (byte === 0x7b && i + 1 < data.length) {
      const next = String.fromCharCode(data[i + 1]!);
      i++;
      if (next === 'A' || next === 'B' || next === 'C') set = next;
      else if (next === '{') out += '{';
      continue;
    }
    out += set === 'C' ? String(byte).padStart(2, '0') : String.fromCharCode(byte);
  }
  return out;
}

const latin1 = (bytes: Uint8Array) => Array.from(bytes, (b) => String.fromCharCode(b)).join('');

export function decodeEscPos(bytes: Uint8Array): DecodedCommand[] {
  const out: DecodedCommand[] = [];
  let page = 'cp437';
  let qrData = '';
  let i = 0;
  const at = (n: number) => bytes[i + n] ?? 0;
  const emit = (command: EscPosCommand, length: number) => {
    const end = Math.min(i + length, bytes.length);
    out.push({ ...command, offset: i, bytes: bytes.slice(i, end) });
    i = end;
  };

  while (i < bytes.length) {
    const b = at(0);
    if (b >= 0x20) {
      let end = i;
      while (end < bytes.length && bytes[end]! >= 0x20) end++;
      emit({ type: 'text', text: decodeText(bytes.slice(i, end), page) }, end - i);
    } else if (b === 0x0a) emit({ type: 'newline' }, 1);
    else if (b === 0x0d) emit({ type: 'carriage-return' }, 1);
    else if (b === 0x1b) {
      const c = at(1);
      const n = at(2);
      switch (c) {
        case 0x40: page = 'cp437'; emit({ type: 'init' }, 2); break;
        case 0x74: page = epsonCodepages[n] ?? `page ${n}`; emit({ type: 'codepage', page: n, name: page }, 3); break;
        case 0x61: emit({ type: 'align', align: (['left', 'center', 'right'] as const)[n % 48] ?? 'left' }, 3); break;
        case 0x45: emit({ type: 'bold', on: (n & 1) === 1 }, 3); break;
        case 0x2d: emit({ type: 'underline', on: n % 48 !== 0 }, 3); break;
        case 0x34: emit({ type: 'italic', on: (n & 1) === 1 }, 3); break;
        case 0x4d: emit({ type: 'font', font: String.fromCharCode(0x41 + (n % 48)) }, 3); break;
        case 0x32: emit({ type: 'line-spacing', dots: null }, 2); break;
        case 0x33: emit({ type: 'line-spacing', dots: n }, 3); break;
        case 0x64: emit({ type: 'feed', lines: n }, 3); break;
        case 0x70: emit({ type: 'pulse', pin: n % 48 === 0 ? 2 : 5, onMs: at(3) * 2, offMs: at(4) * 2 }, 5); break;
        case 0x2a: {
          const width = at(3) + at(4) * 256;
          const perColumn = n >= 32 ? 3 : 1;
          emit({ type: 'image', mode: 'column', width, height: perColumn * 8 }, 5 + width * perColumn);
          break;
        }
        default: emit({ type: 'unknown' }, 2);
      }
    } else if (b === 0x1d) {
      const c = at(1);
      const n = at(2);
      switch (c) {
        case 0x21: emit({ type: 'size', width: (n >> 4) + 1, height: (n & 0x0f) + 1 }, 3); break;
        case 0x42: emit({ type: 'invert', on: (n & 1) === 1 }, 3); break;
        case 0x68: emit({ type: 'barcode-setting', setting: 'height', value: n }, 3); break;
        case 0x77: emit({ type: 'barcode-setting', setting: 'width', value: n }, 3); break;
        case 0x48: emit({ type: 'barcode-setting', setting: 'text', value: n % 48 }, 3); break;
        case 0x66: emit({ type: 'barcode-setting', setting: 'font', value: n % 48 }, 3); break;
        case 0x50: emit({ type: 'motion-units', x: n, y: at(3) }, 4); break;
        case 0x56: {
          const withFeed = n >= 65;
          emit({ type: 'cut', partial: n % 2 === 1 || n === 66 || n === 98 || n === 104, feed: withFeed ? at(3) : null }, withFeed ? 4 : 3);
          break;
        }
        case 0x6b: {
          if (n <= 6) {
            let end = i + 3;
            while (end < bytes.length && bytes[end] !== 0) end++;
            const data = bytes.slice(i + 3, end);
            emit({ type: 'barcode', symbology: functionA[n] ?? `m${n}`, data: latin1(data) }, end - i + 1);
          } else {
            const length = at(3);
            const data = bytes.slice(i + 4, i + 4 + length);
            const symbology = functionB[n] ?? `m${n}`;
            emit({ type: 'barcode', symbology, data: symbology === 'code128' ? decodeCode128(data) : latin1(data) }, 4 + length);
          }
          break;
        }
        case 0x28: {
          const length = at(3) + at(4) * 256;
          const cn = at(5);
          const fn = at(6);
          if (n === 0x6b && cn === 0x31) {
            if (fn === 0x41) emit({ type: 'qr-setting', setting: 'model', value: at(7) - 0x30 }, 5 + length);
            else if (fn === 0x43) emit({ type: 'qr-setting', setting: 'size', value: at(7) }, 5 + length);
            else if (fn === 0x45) emit({ type: 'qr-setting', setting: 'errorlevel', value: at(7) - 0x30 }, 5 + length);
            else if (fn === 0x50) {
              qrData = new TextDecoder('iso-8859-1').decode(bytes.slice(i + 8, i + 5 + length));
              emit({ type: 'qr-store', data: qrData }, 5 + length);
            } else if (fn === 0x51) emit({ type: 'qr-print', data: qrData }, 5 + length);
            else emit({ type: 'unknown' }, 5 + length);
          } else emit({ type: 'unknown' }, 5 + length);
          break;
        }
        case 0x76: {
          const widthBytes = at(4) + at(5) * 256;
          const height = at(6) + at(7) * 256;
          emit({ type: 'image', mode: 'raster', width: widthBytes * 8, height }, 8 + widthBytes * height);
          break;
        }
        default: emit({ type: 'unknown' }, 2);
      }
    } else if (b === 0x1c) {
      const c = at(1);
      if (c === 0x2e) emit({ type: 'kanji', on: false }, 2);
      else if (c === 0x26) emit({ type: 'kanji', on: true }, 2);
      else emit({ type: 'unknown' }, 2);
    } else if (b === 0x10 && at(1) === 0x04) emit({ type: 'status-request', n: at(2) }, 3);
    else emit({ type: 'unknown' }, 1);
  }
  return out;
}

const blockTypes = new Set(['image', 'barcode', 'qr-print', 'cut', 'pulse']);

/**
 * The text on the paper, one string per printed line. A line feed that only ends an image,
 * barcode or QR code (which advance the paper themselves) does not count as a line.
 */
export function textLines(commands: readonly DecodedCommand[]): string[] {
  const lines: string[] = [];
  let line = '';
  let block = false;
  for (const command of commands) {
    if (command.type === 'text') line += command.text;
    else if (blockTypes.has(command.type)) block = true;
    else if (command.type === 'newline') {
      if (line || !block) lines.push(line);
      line = '';
      block = false;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export function printedLines(bytes: Uint8Array): string[] {
  return textLines(decodeEscPos(bytes));
}

export function commandsOfType<T extends EscPosCommand['type']>(bytes: Uint8Array, type: T): Extract<DecodedCommand, { type: T }>[] {
  return decodeEscPos(bytes).filter((c): c is Extract<DecodedCommand, { type: T }> => c.type === type);
}

function describe(command: EscPosCommand): string {
  switch (command.type) {
    case 'text': return `text ${JSON.stringify(command.text)}`;
    case 'codepage': return `codepage ${command.page} (${command.name})`;
    case 'align': return `align ${command.align}`;
    case 'bold': case 'underline': case 'italic': case 'invert': case 'kanji': return `${command.type} ${command.on ? 'on' : 'off'}`;
    case 'size': return `size ${command.width}x${command.height}`;
    case 'font': return `font ${command.font}`;
    case 'line-spacing': return `line spacing ${command.dots ?? 'default'}`;
    case 'motion-units': return `motion units ${command.x} ${command.y}`;
    case 'feed': return `feed ${command.lines} lines`;
    case 'cut': return `cut ${command.partial ? 'partial' : 'full'}${command.feed === null ? '' : ` after ${command.feed}`}`;
    case 'pulse': return `drawer pulse pin ${command.pin} on ${command.onMs} ms off ${command.offMs} ms`;
    case 'barcode-setting': return `barcode ${command.setting} ${command.value}`;
    case 'barcode': return `barcode ${command.symbology} ${JSON.stringify(command.data)}`;
    case 'qr-setting': return `qr ${command.setting} ${command.value}`;
    case 'qr-store': return `qr data ${JSON.stringify(command.data)}`;
    case 'qr-print': return 'qr print';
    case 'image': return `image ${command.mode} ${command.width}x${command.height}`;
    case 'status-request': return `status request ${command.n}`;
    default: return command.type;
  }
}

const HEX_WIDTH = 16 * 3 - 1;
const hexRow = (offset: number, chunk: Uint8Array, note: string) =>
  `${offset.toString(16).padStart(5, '0')}  ${Array.from(chunk, (x) => x.toString(16).padStart(2, '0')).join(' ').padEnd(HEX_WIDTH)}  ${note}`.trimEnd();

/**
 * An annotated listing of ESC/POS bytes — every byte in hex, one command per line with what it
 * means — used as the golden file format, so a changed receipt shows up as a readable diff.
 */
export function dumpEscPos(bytes: Uint8Array): string {
  const rows: string[] = [];
  for (const command of decodeEscPos(bytes)) {
    for (let start = 0; start < command.bytes.length; start += 16) {
      rows.push(hexRow(command.offset + start, command.bytes.slice(start, start + 16), start === 0 ? describe(command) : ''));
    }
  }
  return `${rows.join('\n')}\n`;
}

/** A plain hex listing, for printer languages the decoder does not read (Star). */
export function dumpHex(bytes: Uint8Array): string {
  const rows: string[] = [];
  for (let start = 0; start < bytes.length; start += 16) rows.push(hexRow(start, bytes.slice(start, start + 16), ''));
  return `${rows.join('\n')}\n`;
}

/** The bytes back out of a listing: the golden file is the byte-exact source of truth. */
export function bytesFromDump(dump: string): Uint8Array {
  const values = dump
    .split('\n')
    .filter((row) => row.length > 7)
    .flatMap((row) => row.slice(7, 7 + HEX_WIDTH).trim().split(/ +/).filter(Boolean))
    .map((hex) => parseInt(hex, 16));
  return Uint8Array.from(values);
}
