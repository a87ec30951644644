import type { PrintJob } from '@tillsafe/hardware';
import { expect, test } from 'vitest';
import { printStatus } from './ticket-print-status';

const job = (printerId: string, over: Partial<PrintJob> = {}): PrintJob => ({
  id: `job-${printerId}`,
  seq: 0,
  printerId,
  kind: 'ticket',
  label: 'Ticket E001-T001: Bar',
  documentId: 'ticket-1',
  bytes: new Uint8Array([0x1b, 0x40]),
  drawer: null,
  state: 'queued',
  attempts: 0,
  createdAt: 0,
  updatedAt: 0,
  nextAttemptAt: null,
  printedAt: null,
  drawerOpened: null,
  lastError: null,
  reprintOf: null,
  ...over,
});

const names: Record<string, string> = { bar: 'Bar', kitchen: 'Kitchen' };
const name = (id: string) => names[id] ?? 'a removed printer';

test('a ticket printed everywhere names its printers', () => {
  expect(printStatus([job('bar', { state: 'done' }), job('kitchen', { state: 'done' })], name)).toEqual({ tone: 'ok', text: 'Printed on Bar, Kitchen' });
});

test('a ticket one printer has not taken says which printer and why, and that it will print later', () => {
  const status = printStatus([job('bar', { state: 'done' }), job('kitchen', { lastError: { code: 'NOT_CONNECTED', message: 'The printer is not connected.' } })], name);
  expect(status.tone).toBe('warn');
  expect(status.text).toBe('Waiting for Kitchen: The printer is not connected. It stays in the print queue and prints when the printer is back.');
});

test('a ticket on its way is printing, and one whose jobs are not known yet is queued', () => {
  expect(printStatus([job('bar', { state: 'printing' })], name)).toEqual({ tone: 'busy', text: 'Printing…' });
  expect(printStatus([], name)).toEqual({ tone: 'ok', text: 'Queued' });
});
