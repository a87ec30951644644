import { decodeEscPos, textLines, type DecodedCommand } from '@tillsafe/hardware/testing';

/** Printer bytes read back with the hardware package's ESC/POS decoder. */
export function readReceipt(bytes: Uint8Array): { commands: DecodedCommand[]; text: string } {
  const commands = decodeEscPos(bytes);
  return { commands, text: textLines(commands).join('\n') };
}

/** The 40-digit CODE128 set C payload a receipt prints for a sale id (its 128 bits in decimal). */
export function saleCodeDigits(saleId: string): string {
  return BigInt(`0x${saleId.replaceAll('-', '')}`)
    .toString(10)
    .padStart(40, '0');
}

export function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join(' ');
}
