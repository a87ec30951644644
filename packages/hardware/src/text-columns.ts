/**
 * Fixed-width text for receipts. Widths count characters (code points after NFC), which is what
 * a single-byte printer font prints: one cell per character.
 */

/** Typography that printer code pages do not have, mapped to what they do. */
const replacements: Record<string, string> = {
  '\u2212': '-', // minus sign, as in "−10%"
  '\u2010': '-',
  '\u2011': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': ',',
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u2026': '...',
  '\u00a0': ' ',
  '\u202f': ' ', // narrow no-break space, Intl puts it before "€" in fr-FR
  '\u2009': ' ',
  '\u2007': ' ',
  '\u00d7': 'x',
  '\t': ' ',
};

/** Text as a receipt printer can show it: NFC, no control characters, plain punctuation. */
export function printable(text: string): string {
  return Array.from(text.normalize('NFC'), (char) => replacements[char] ?? char)
    .join('')
    .replace(/\p{Cc}/gu, '');
}

export function width(text: string): number {
  return Array.from(text).length;
}

function slice(text: string, start: number, end?: number): string {
  return Array.from(text).slice(start, end).join('');
}

/** Word-wraps to the width; a word longer than a line is cut. Always at least one line. */
export function wrap(text: string, columns: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/ +/).filter(Boolean)) {
    let rest = word;
    while (width(rest) > columns) {
      if (current) lines.push(current);
      lines.push(slice(rest, 0, columns));
      rest = slice(rest, columns);
      current = '';
    }
    if (!current) current = rest;
    else if (width(current) + 1 + width(rest) <= columns) current = `${current} ${rest}`;
    else {
      lines.push(current);
      current = rest;
    }
  }
  lines.push(current);
  return lines;
}

/**
 * Left text and right text on one line with spaces between; when both do not fit, the left text
 * wraps and the right text sits at the end of its last line.
 */
export function spread(left: string, right: string, columns: number, indent = 0): string[] {
  const pad = ' '.repeat(indent);
  const room = columns - indent - width(right) - 1;
  const wrapped = wrap(left, Math.max(room, 1)).map((line) => pad + line);
  const last = wrapped.pop() ?? '';
  const gap = Math.max(columns - width(last) - width(right), 1);
  return [...wrapped, last + ' '.repeat(gap) + right];
}

export function center(text: string, columns: number): string {
  const cut = width(text) > columns ? slice(text, 0, columns) : text;
  return ' '.repeat(Math.floor((columns - width(cut)) / 2)) + cut;
}

export function padRight(text: string, columns: number): string {
  const cut = width(text) > columns ? slice(text, 0, columns) : text;
  return cut + ' '.repeat(columns - width(cut));
}

export function padLeft(text: string, columns: number): string {
  const cut = width(text) > columns ? slice(text, width(text) - columns) : text;
  return ' '.repeat(columns - width(cut)) + cut;
}
