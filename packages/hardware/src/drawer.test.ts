import { describe, expect, test } from 'vitest';
import { drawerPulseBytes } from './drawer';

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join(' ');

describe('drawer pulse bytes', () => {
  test('the ESC/POS default is ESC p 0 25 250: pin 2, 50 ms on, 500 ms off', () => {
    expect(hex(drawerPulseBytes('esc-pos'))).toBe('1b 70 00 19 fa');
  });

  test('pin 5 and other timings are configurable', () => {
    expect(hex(drawerPulseBytes('esc-pos', { pin: 5, onMs: 100, offMs: 200 }))).toBe('1b 70 01 32 64');
  });

  test('Star printers get ESC BEL with 10 ms units, then BEL for drive 1 or SUB for drive 2', () => {
    expect(hex(drawerPulseBytes('star-prnt', { onMs: 200, offMs: 200 }))).toBe('1b 07 14 14 07');
    expect(hex(drawerPulseBytes('star-line', { pin: 5 }))).toBe('1b 07 05 32 1a');
  });

  test('timings outside what the command can carry are refused', () => {
    expect(() => drawerPulseBytes('esc-pos', { onMs: 1000 })).toThrow();
  });
});
