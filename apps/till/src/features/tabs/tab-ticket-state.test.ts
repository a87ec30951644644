import type { TabLineRecord } from '@tillsafe/sync';
import { expect, test } from 'vitest';
import { lineSendState, parseTabTickets, pendingTicketLines, sentLines, ticketNumber, type TabTicket } from './tab-ticket-state';

const HERE = '0190a0e0-0000-7000-8000-00000000e001';
const THERE = '0190a0e0-0000-7000-8000-00000000e002';
const TAB = '0190a0e0-0000-7000-8000-0000000000f1';
const lineId = (n: number) => `0190a0e0-0000-7000-8000-0000000001${n.toString().padStart(2, '0')}`;

const line = (n: number, over: Partial<TabLineRecord> = {}): TabLineRecord => ({
  id: lineId(n),
  tabId: TAB,
  productId: '0190a0e0-0000-7000-8000-000000000b01',
  packId: '0190a0e0-0000-7000-8000-0000000000a1',
  qty: 1,
  notes: '',
  voided: false,
  addedBy: HERE,
  movedFrom: null,
  ...over,
});

const ticket = (sentAt: string, lines: TabTicket['lines']): TabTicket => ({
  id: `0190a0e0-0000-7000-8000-0000000002${sentAt.slice(17, 19)}`,
  tabId: TAB,
  ticketNo: 'E001-T001',
  sentAt,
  lines,
  jobIds: [],
});

test('a line rung up here and never sent is pending in full; one from another till is left to that till', () => {
  const lines = [line(1, { qty: 2 }), line(2, { addedBy: THERE })];
  expect(lineSendState(lines[0]!, undefined, HERE)).toEqual({ kind: 'not-sent', qty: 2 });
  expect(lineSendState(lines[1]!, undefined, HERE)).toEqual({ kind: 'other-till' });
  expect(pendingTicketLines(lines, new Map(), HERE)).toEqual([{ line: lines[0], qty: 2, void: false }]);
});

test('a sent line whose quantity was raised sends only the difference', () => {
  const sent = sentLines([ticket('2026-11-20T21:00:00.000Z', [{ lineId: lineId(1), qty: 2 }])]);
  const raised = line(1, { qty: 5 });
  expect(lineSendState(raised, sent.get(raised.id), HERE)).toEqual({ kind: 'changed', at: '2026-11-20T21:00:00.000Z', qty: 3 });
  expect(pendingTicketLines([raised], sent, HERE)).toEqual([{ line: raised, qty: 3, void: false }]);
});

test('a sent line that was voided, or lowered, sends a VOID for what the bar was asked to make', () => {
  const sent = sentLines([ticket('2026-11-20T21:00:00.000Z', [{ lineId: lineId(1), qty: 2 }, { lineId: lineId(2), qty: 3 }])]);
  const voided = line(1, { qty: 2, voided: true });
  const lowered = line(2, { qty: 1 });
  expect(pendingTicketLines([lowered, voided], sent, HERE)).toEqual([
    { line: voided, qty: 2, void: true },
    { line: lowered, qty: 2, void: true },
  ]);
});

test('after its void went out a voided line is settled, and a line voided before it was sent needs no ticket', () => {
  const sent = sentLines([ticket('2026-11-20T21:00:00.000Z', [{ lineId: lineId(1), qty: 2 }]), ticket('2026-11-20T21:05:00.000Z', [{ lineId: lineId(1), qty: -2 }])]);
  const voided = line(1, { qty: 2, voided: true });
  const neverSent = line(2, { voided: true });
  expect(lineSendState(voided, sent.get(voided.id), HERE)).toEqual({ kind: 'none' });
  expect(lineSendState(neverSent, undefined, HERE)).toEqual({ kind: 'none' });
  expect(pendingTicketLines([voided, neverSent], sent, HERE)).toEqual([]);
});

test('what a line has been sent adds up over its tickets, and it shows the time of the latest', () => {
  const sent = sentLines([ticket('2026-11-20T21:07:00.000Z', [{ lineId: lineId(1), qty: 1 }]), ticket('2026-11-20T21:00:00.000Z', [{ lineId: lineId(1), qty: 2 }])]);
  expect(sent.get(lineId(1))).toEqual({ qty: 3, at: '2026-11-20T21:07:00.000Z' });
  expect(lineSendState(line(1, { qty: 3 }), sent.get(lineId(1)), HERE)).toEqual({ kind: 'sent', at: '2026-11-20T21:07:00.000Z' });
});

test('stored tickets that do not parse are left out rather than trusted', () => {
  const good = ticket('2026-11-20T21:00:00.000Z', [{ lineId: lineId(1), qty: 1 }]);
  expect(parseTabTickets([good, { ...good, lines: [] }, { ...good, lines: [{ lineId: lineId(2), qty: 0 }] }, null])).toEqual([good]);
});

test('ticket numbers carry the till code and a padded counter', () => {
  expect(ticketNumber('E001', 7)).toBe('E001-T007');
  expect(ticketNumber('E001', 1234)).toBe('E001-T1234');
});
