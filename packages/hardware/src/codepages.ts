/**
 * The single-byte code pages this package reads and writes itself: the customer display encodes
 * text with them and the test decoder turns printer bytes back into text with them. Receipts are
 * encoded by @point-of-sale/receipt-printer-encoder; keeping our own tables means the tests check
 * its output against an independent source instead of against itself.
 *
 * Only the upper half (0x80–0xFF) differs from ASCII. cp858 is cp850 with the euro sign at 0xD5
 * (IBM's 1998 revision), which is why it is the default for Western European receipts.
 */
const CP437_HIGH =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐' +
  '└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';

const CP850_HIGH =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜø£Ø×ƒáíóúñÑªº¿®¬½¼¡«»░▒▓│┤ÁÂÀ©╣║╗╝¢¥┐' +
  '└┴┬├─┼ãÃ╚╔╩╦╠═╬¤ðÐÊËÈıÍÎÏ┘┌█▄¦Ì▀ÓßÔÒõÕµþÞÚÛÙýÝ¯´\u00ad±‗¾¶§÷¸°¨·¹³²■\u00a0';

const CP858_HIGH = CP850_HIGH.slice(0, 0x55) + '€' + CP850_HIGH.slice(0x56);

export const tableCodepages = ['cp437', 'cp850', 'cp858'] as const;
export type TableCodepage = (typeof tableCodepages)[number];

const highHalves: Record<TableCodepage, readonly string[]> = {
  cp437: Array.from(CP437_HIGH),
  cp850: Array.from(CP850_HIGH),
  cp858: Array.from(CP858_HIGH),
};

const reverse = new Map<TableCodepage, Map<string, number>>(
  tableCodepages.map((page) => [page, new Map(highHalves[page].map((char, i) => [char, 0x80 + i]))]),
);

/** Encodes text in one code page; a character the page lacks becomes '?' (as printers do). */
export function encodeCodepage(text: string, page: TableCodepage): Uint8Array {
  const table = reverse.get(page)!;
  const chars = Array.from(text.normalize('NFC'));
  return Uint8Array.from(chars, (char) => {
    const code = char.codePointAt(0)!;
    if (code >= 0x20 && code < 0x7f) return code;
    return table.get(char) ?? 0x3f;
  });
}

/** Decodes bytes of one code page; control bytes below 0x20 are left out. */
export function decodeCodepage(bytes: Uint8Array, page: TableCodepage): string {
  const high = highHalves[page];
  let out = '';
  for (const byte of bytes) {
    if (byte >= 0x80) out += high[byte - 0x80] ?? '\ufffd';
    else if (byte >= 0x20 && byte !== 0x7f) out += String.fromCharCode(byte);
  }
  return out;
}
