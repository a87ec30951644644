import { describe, expect, test } from 'vitest';
import { receiptFromTicket } from './receipt-from-ticket';
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
