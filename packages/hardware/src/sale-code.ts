/**
 * The code printed on a receipt so a return can scan the sale back.
 *
 * A sale id is a UUID: 36 characters. In CODE128 set B that is start + 36 symbols + check
 * (11 modules each) + stop (13) = 431 modules, 862 dots at the narrowest reliable module
 * (2 dots) — wider than 80 mm paper (576 dots).
 * The same 128 bits written as a 40-digit decimal number fit CODE128 set C (two digits per
 * symbol): 20 symbols + start, check and stop = 255 modules = 510 dots at 2 dots per module,
 * so it fits 80 mm. On 58 mm paper (384 dots) nothing of that length fits, so 58 mm receipts
 * carry a QR code of the UUID instead. Both decode back to the same sale id with parseSaleCode().
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DIGITS = 40;

/** The 40-digit return code of a UUID (leading zeros kept, so it is always 40 digits). */
export function saleIdToDigits(uuid: string): string {
  if (!UUID.test(uuid)) throw new RangeError(`${uuid} is not a UUID`);
  return BigInt(`0x${uuid.replaceAll('-', '')}`).toString(10).padStart(DIGITS, '0');
}

/** The UUID back from its 40-digit return code, or null if the digits cannot be one. */
export function digitsToSaleId(digits: string): string | null {
  if (!/^\d{40}$/.test(digits)) return null;
  const value = BigInt(digits);
  if (value >= 1n << 128n) return null;
  const hex = value.toString(16).padStart(32, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** CODE128 set C payload: each pair of digits is one symbol value 0–99. */
export function code128SetC(digits: string): number[] {
  if (!/^(\d\d)+$/.test(digits)) throw new RangeError('CODE128 set C needs an even number of digits');
  return Array.from({ length: digits.length / 2 }, (_, i) => Number(digits.slice(i * 2, i * 2 + 2)));
}

/**
 * What a scanner read off a receipt, as a sale id: the 40-digit CODE128 or the QR's UUID.
 * Anything else (a product barcode, a typo) gives null, so the till can treat it as a product.
 */
export function parseSaleCode(scanned: string): string | null {
  const code = scanned.trim();
  if (UUID.test(code)) return code.toLowerCase();
  return digitsToSaleId(code);
}
