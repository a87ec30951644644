import { describe, expect, test } from 'vitest';
import { encodeReceipt } from './escpos';
import type { PaperWidth } from './paper';
import { receiptFromTicket, type TicketInput } from './receipt-from-ticket';
import { layoutReceipt } from './render-text';
import { printedLines } from './testing/escpos-decoder';
import { expectGolden } from './testing/golden';
import { barTicket } from './testing/receipt-fixtures';
import { routeTicketLines } from './ticket-routing';

describe('bar and kitchen tickets', () => {
  test('a ticket names the station, table and tab and has no prices', () => {
    const model = receiptFromTicket(barTicket);
    expect(model.title).toBe('BAR');
    expect(model.details.filter((d) => d.emphasis).map((d) => d.value)).toEqual(['12', 'Müller party']);
    expect(model.lines.every((l) => l.unitPrice === null && l.lineTotal === null)).toBe(true);
    expect(model.lines[0]?.notes).toEqual(['one without ice bucket']);
  });

  test('lines go to the printer of their category, the rest to the fallback printer', () => {
    const lines = [
      { name: 'Pint', qty: 2, categoryId: 'beer' },
      { name: 'Burger', qty: 1, categoryId: 'food' },
      { name: 'Crisps', qty: 1 },
    ];
    const routed = routeTicketLines(lines, { beer: 'bar', food: 'kitchen' }, 'bar');
    expect(Object.fromEntries([...routed].map(([printer, ls]) => [printer, ls.map((l) => l.name)]))).toEqual({
      bar: ['Pint', 'Crisps'],
      kitchen: ['Burger'],
    });
  });
});

describe('void lines on a ticket', () => {
  const voidTicket: TicketInput = {
    ...barTicket,
    ticketNo: 'B-0319',
    lines: [
      { name: 'Pression Kronenbourg', packName: 'Pint', qty: 1 },
      { name: 'Crémant de Loire', packName: 'Glass 12 cl', qty: 2, void: true, notes: ['one without ice bucket'] },
    ],
  };
  const print = (paper: PaperWidth) => encodeReceipt(layoutReceipt(receiptFromTicket(voidTicket), { paper }), { paper });

  test('a voided line says VOID in front of its name, in the same large type, and the rest print as usual', () => {
    const lines = printedLines(print('80mm'));
    expect(lines).toContain('1 x Pression Kronenbourg');
    expect(lines).toContain('2 x VOID Crémant de Loire');
    expect(lines.filter((l) => l.includes('VOID'))).toHaveLength(1);
    const model = receiptFromTicket(voidTicket);
    expect(model.lines.map((l) => [l.name, l.qty])).toEqual([
      ['Pression Kronenbourg', 1],
      ['VOID Crémant de Loire', 2],
    ]);
  });

  test('a line is not void unless it says so', () => {
    expect(receiptFromTicket(barTicket).lines.some((l) => l.name.startsWith('VOID'))).toBe(false);
  });

  for (const paper of ['80mm', '58mm'] as const) {
    test(`a ticket with a void line on ${paper} paper matches its golden file`, () => {
      expectGolden(`bar-ticket-void-${paper}`, print(paper));
    });
  }
});
