import { describe, expect, test } from 'vitest';
import { isStatusByte, parsePaperSensor, parsePortStatus } from './printer-status';

describe('printer status bytes', () => {
  test('DLE EOT 4 answers are told apart from stray bytes by their fixed bits', () => {
    expect(isStatusByte(0x12)).toBe(true);
    expect(isStatusByte(0x0a)).toBe(false);
    expect(parsePaperSensor(0x41)).toEqual({ online: true, paper: 'unknown' });
  });

  test('paper near end and paper out are read from the roll sensor bits', () => {
    expect(parsePaperSensor(0x12).paper).toBe('ok');
    expect(parsePaperSensor(0x12 | 0x0c).paper).toBe('near-end');
    expect(parsePaperSensor(0x12 | 0x60)).toEqual({ online: false, paper: 'out' });
  });

  test('USB printer class port status: paper empty, selected, not error', () => {
    expect(parsePortStatus(0x18)).toEqual({ online: true, paper: 'ok' });
    expect(parsePortStatus(0x38)).toEqual({ online: false, paper: 'out' });
    expect(parsePortStatus(0x10)).toEqual({ online: false, paper: 'ok' });
  });
});
