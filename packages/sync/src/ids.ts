/** The millisecond of the last id made here, and the sequence it carried in `rand_a`. */
let last = { ms: -1, seq: 0 };

/**
 * UUID v7 (RFC 9562 §5.7): 48 bits of Unix milliseconds, then random bits, so ids sort by
 * creation time, which keeps database indexes compact for append-heavy tables. Ids made here in
 * the same millisecond also sort in the order they were made (RFC 9562 §6.2, method 3): the 12
 * bits of `rand_a` carry a sequence that starts at a random value below 2,048 and rises by one
 * per id, so a tab's lines, ordered by id, stay in the order they were added. Past 4,095 in one
 * millisecond the sequence starts afresh.
 */
export function uuidv7(now: number = Date.now(), random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  const bytes = random(new Uint8Array(16));
  let ms = now;
  for (let i = 5; i >= 0; i--) {
    bytes[i] = ms % 256;
    ms = Math.floor(ms / 256);
  }
  const seq = now === last.ms && last.seq < 0xfff ? last.seq + 1 : ((bytes[6]! & 0x07) << 8) | bytes[7]!;
  last = { ms: now, seq };
  bytes[6] = 0x70 | (seq >> 8);
  bytes[7] = seq & 0xff;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * A UUID (version 8, RFC 9562 §5.8) derived from text: the same text gives the same id on every
 * till and on the server, so records they create independently for the same purpose (the new tab
 * that takes lines added after a close) coincide. cyrb128 hash — not cryptographic, not needed.
 */
export function derivedUuid(text: string): string {
  const [h1, h2, h3, h4] = cyrb128Words(text);
  const hex = [h1 ^ h2 ^ h3 ^ h4, h2 ^ h1, h3 ^ h1, h4 ^ h1].map((h) => (h >>> 0).toString(16).padStart(8, '0')).join('');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The four 32-bit words of the cyrb128 hash of `text` (bryc's public-domain hash), before its
 * final mixing step, which each caller applies in its own way. Fast and stable; not cryptographic.
 */
export function cyrb128Words(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  return [h1, h2, h3, h4];
}
