import type { PrinterStatus } from './transport';

/**
 * Reading a printer's state, two ways:
 *
 * ESC/POS real-time status (Epson ESC/POS reference, DLE EOT n): the till sends 10 04 04 and the
 * printer answers one byte about the roll paper sensor: bits 2–3 set = paper near its end,
 * bits 5–6 set = paper out. Bits 1 and 4 are always 1 and bits 0 and 7 always 0, which tells an
 * answer from stray bytes. And 10 04 01 (printer status): bit 3 set = offline.
 *
 * USB printer class (USB Printer Class 1.1, GET_PORT_STATUS, class request 1 on the interface):
 * one byte, bit 5 = paper empty, bit 4 = selected (online), bit 3 = not error.
 */
export const PAPER_STATUS_REQUEST = Uint8Array.of(0x10, 0x04, 0x04);

export function isStatusByte(byte: number): boolean {
  return (byte & 0x93) === 0x12;
}

export function parsePaperSensor(byte: number): PrinterStatus {
  if (!isStatusByte(byte)) return { online: true, paper: 'unknown' };
  if (byte & 0x60) return { online: false, paper: 'out' };
  if (byte & 0x0c) return { online: true, paper: 'near-end' };
  return { online: true, paper: 'ok' };
}

export const GET_PORT_STATUS = 1;

export function parsePortStatus(byte: number): PrinterStatus {
  const paperEmpty = (byte & 0x20) !== 0;
  const selected = (byte & 0x10) !== 0;
  const noError = (byte & 0x08) !== 0;
  return { online: selected && noError && !paperEmpty, paper: paperEmpty ? 'out' : 'ok' };
}
