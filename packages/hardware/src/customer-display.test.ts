import { describe, expect, test } from 'vitest';
import { CustomerDisplay, displayBytes, displayRow, fitDisplayLine, lastLineAndTotal } from './customer-display';
import { settle } from './testing/manual-timer';

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join(' ');
const money = { currency: 'EUR', locale: 'en-IE' };

describe('customer display', () => {
  test('shows the last line and the total, 20 columns each, the name giving way to the amounts', () => {
    const lines = lastLineAndTotal({ name: 'Crémant de Loire Brut', qty: 2, lineTotal: 2500 }, 4250, money);
    expect(lines).toEqual({ top: '2 x Crémant d €25.00', bottom: 'TOTAL         €42.50' });
  });

  test('rows are padded to 20 so a shorter text overwrites the previous one, and cut when longer', () => {
    expect(fitDisplayLine('Rosé')).toBe('Rosé                ');
    expect(fitDisplayLine('Grüner Veltliner Federspiel')).toBe('Grüner Veltliner Fed');
    expect(displayRow('Welcome', '')).toHaveLength(20);
  });

  test('ESC/POS displays get reset, code page 858, clear, then each row at its position', () => {
    const bytes = displayBytes({ top: 'Rosé', bottom: 'TOTAL €9.90' });
    const top = '52 6f 73 82' + ' 20'.repeat(16);
    const bottom = '54 4f 54 41 4c 20 d5 39 2e 39 30' + ' 20'.repeat(9);
    expect(hex(bytes)).toBe(`1b 40 1b 74 13 0c 1f 24 01 01 ${top} 1f 24 01 02 ${bottom}`);
  });

  test('CD5220 displays get ESC Q A / ESC Q B rows in code page 437', () => {
    const bytes = displayBytes({ top: 'Café', bottom: '' }, { protocol: 'cd5220', codepage: 'cp437' });
    expect(hex(bytes)).toBe(`1b 40 0c 1b 51 41 43 61 66 82${' 20'.repeat(16)} 0d 1b 51 42${' 20'.repeat(20)} 0d`);
  });

  test('updates never wait for the display, and only the newest one is sent while it is busy', async () => {
    const sent: Uint8Array[] = [];
    let release: () => void = () => undefined;
    const transport = {
      write: (bytes: Uint8Array) => {
        sent.push(bytes);
        return sent.length === 1 ? new Promise<void>((resolve) => (release = resolve)) : Promise.resolve();
      },
    };
    const display = new CustomerDisplay(transport);
    display.show({ top: 'A', bottom: '' });
    display.show({ top: 'B', bottom: '' });
    display.show({ top: 'C', bottom: '' });
    expect(sent).toHaveLength(1);
    release();
    await settle();
    expect(sent).toHaveLength(2);
    expect(sent[1]).toEqual(displayBytes({ top: 'C', bottom: '' }));
  });

  test('a display that fails is reported and does not throw into the sale', async () => {
    const errors: unknown[] = [];
    const display = new CustomerDisplay(
      { write: () => Promise.reject(new Error('unplugged')) },
      {
        onError: (e) => {
          errors.push(e);
        },
      },
    );
    expect(() => {
      display.show({ top: 'A', bottom: '' });
    }).not.toThrow();
    await settle();
    expect(errors).toHaveLength(1);
  });
});
