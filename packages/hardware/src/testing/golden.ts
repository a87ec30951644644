import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';
import { bytesFromDump, dumpEscPos, dumpHex } from './escpos-decoder';

/**
 * Golden-byte check. The golden file is an annotated hex listing under src/__golden__/ holding
 * every byte; the test compares the listing (for a readable diff) and the bytes parsed back out
 * of it (byte-exact). Golden files change only on request:
 *
 *   UPDATE_GOLDEN=1 pnpm --filter @tillsafe/hardware test
 *
 * then review the diff in git before committing it. Nothing is ever written otherwise.
 */
export function expectGolden(name: string, bytes: Uint8Array, format: 'escpos' | 'hex' = 'escpos'): void {
  const file = new URL(`../__golden__/${name}.${format}.txt`, import.meta.url);
  const listing = format === 'escpos' ? dumpEscPos(bytes) : dumpHex(bytes);
  if (process.env.UPDATE_GOLDEN === '1') {
    writeFileSync(file, listing);
    return;
  }
  if (!existsSync(file)) {
    throw new Error(`No golden file for "${name}". Run UPDATE_GOLDEN=1 pnpm --filter @tillsafe/hardware test, then review the new file.`);
  }
  const golden = readFileSync(file, 'utf8');
  expect(listing).toBe(golden);
  expect(Array.from(bytes)).toEqual(Array.from(bytesFromDump(golden)));
}
