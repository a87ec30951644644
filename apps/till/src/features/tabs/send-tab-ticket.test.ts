import { toProductRow } from '../../db/rows';
import type { ProductRecord } from '@tillsafe/sync';
import { decodeEscPos, textLines } from '@tillsafe/hardware/testing';
import type { PrintJob } from '@tillsafe/hardware';
import { afterEach, expect, test } from 'vitest';
import type { TillDb } from '../../db/till-db';
import { cashier, channel, enrolment, lager, pairedDb } from '../../test-support/fixtures';
import { HardwareService } from '../printing/hardware-service';
import { saveDevice, type TillDevice } from '../printing/till-device';
import { sendTabTicket, type SendTicketContext } from './send-tab-ticket';
import { addTabLine, openTab, setLineNotes, setLineQty, voidTabLine } from './tab-actions';
import { tabTicketSchema } from './tab-ticket-state';

const SNACKS = '0190a0e0-0000-7000-8000-0000000000c3';
const peanuts: ProductRecord = {
  ...lager,
  id: '0190a0e0-0000-7000-8000-000000000b02',
  sku: 'S-1',
  name: 'Salted Peanuts 100g',
  categoryId: SNACKS,
  ageRestricted: false,
  packs: [{ id: '0190a0e0-0000-7000-8000-0000000000b1', name: 'Bag', units: 1, price: 199, barcodes: [] }],
};

const device = (id: string, role: TillDevice['role'], label: string, categories: string[]): TillDevice => ({
  id,
  role,
  label,
  identity: { transport: 'web-usb', usbVendorId: 0x04b8, usbProductId: 0x0e28, name: label },
  profile: { language: 'esc-pos', paper: '80mm', codepage: 'cp858', cut: 'partial', feedBeforeCut: 4, imageMode: 'column', saleCode: 'auto', drawer: { pin: 2, onMs: 50, offMs: 500 } },
  categories,
  baudRate: 9600,
  displayProtocol: 'esc-pos',
  addedAt: '2026-11-20T10:00:00.000Z',
});

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

/** A paired till with a lager and a snack, the given printers, and no way to reach them (jobs wait). */
async function till(...devices: TillDevice[]): Promise<{ db: TillDb; hardware: HardwareService; context: SendTicketContext }> {
  const db = await pairedDb();
  await db.products.put(toProductRow(peanuts));
  for (const d of devices) await saveDevice(db, d);
  const hardware = new HardwareService({ db, apis: { serial: undefined, usb: undefined } });
  cleanup = async () => {
    hardware.stop();
    await db.delete();
  };
  await hardware.start();
  let minute = 0;
  const context: SendTicketContext = {
    deviceId: enrolment.deviceId,
    server: cashier.name,
    store: { name: channel.name, currency: channel.currency, locale: channel.locale },
    products: new Map([lager, peanuts].map((p) => [p.id, p])),
    timeZone: 'UTC',
    now: () => new Date(Date.UTC(2026, 10, 20, 21, minute++)),
  };
  return { db, hardware, context };
}

const text = (jobs: readonly PrintJob[], printerId: string) => {
  const job = jobs.find((j) => j.printerId === printerId);
  return job ? textLines(decodeEscPos(job.bytes)).join('\n') : '';
};

test('Send prints one ticket per printer by category, with table, tab, server, notes and number, and marks the lines sent', async () => {
  const { db, hardware, context } = await till(device('receipt', 'receipt-printer', 'Receipt printer', []), device('kitchen', 'ticket-printer', 'Kitchen', [SNACKS]));
  const tabId = await openTab(db, { tableNo: '12', name: 'Müller party' });
  const beer = await addTabLine(db, tabId, lager.id, lager.packs[0]!.id, 2);
  await setLineNotes(db, beer.lineId, 'no glass');
  await addTabLine(db, tabId, peanuts.id, peanuts.packs[0]!.id);

  const sent = await sendTabTicket(db, hardware, tabId, context);
  if (!sent.ok) throw new Error(sent.error.message);

  expect(sent.jobs.map((j) => j.printerId).sort()).toEqual(['kitchen', 'receipt']);
  const kitchen = text(sent.jobs, 'kitchen');
  expect(kitchen).toContain('KITCHEN');
  expect(kitchen).toContain('1 x Salted Peanuts 100g');
  expect(kitchen).not.toContain('Harbour Lager');
  const bar = text(sent.jobs, 'receipt');
  expect(bar).toContain('2 x Harbour Lager 330ml');
  expect(bar).toContain('> no glass');
  for (const paper of [kitchen, bar]) {
    expect(paper).toMatch(/Table +12/);
    expect(paper).toMatch(/Tab +Müller party/);
    expect(paper).toMatch(/Server +Casey Morgan/);
    expect(paper).toMatch(new RegExp(`Ticket +${sent.ticket.ticketNo}`));
  }
  expect(sent.ticket.ticketNo).toBe('E001-T001');
  expect(tabTicketSchema.parse(await db.tabTickets.get(sent.ticket.id))).toEqual(sent.ticket);
  // The printers cannot be reached: the tickets wait in the queue, which keeps them and retries.
  expect(hardware.queue.jobs().filter((j) => j.documentId === sent.ticket.id)).toHaveLength(2);

  const again = await sendTabTicket(db, hardware, tabId, context);
  expect(again).toMatchObject({ ok: false, error: { code: 'NOTHING_TO_SEND' } });
});

test('after a raise only the difference is sent, and a voided sent line goes out as VOID', async () => {
  const { db, hardware, context } = await till(device('receipt', 'receipt-printer', 'Receipt printer', []));
  const tabId = await openTab(db, { tableNo: '4', name: '' });
  const beer = await addTabLine(db, tabId, lager.id, lager.packs[0]!.id, 2);
  const nuts = await addTabLine(db, tabId, peanuts.id, peanuts.packs[0]!.id);
  const first = await sendTabTicket(db, hardware, tabId, context);
  expect(first.ok).toBe(true);

  await setLineQty(db, beer.lineId, 5);
  await voidTabLine(db, nuts.lineId);
  const second = await sendTabTicket(db, hardware, tabId, context);
  if (!second.ok) throw new Error(second.error.message);
  const paper = text(second.jobs, 'receipt');
  expect(paper).toContain('3 x Harbour Lager 330ml');
  expect(paper).not.toContain('5 x');
  expect(paper).toContain('1 x VOID Salted Peanuts 100g');
  expect(second.ticket.ticketNo).toBe('E001-T002');
  expect(second.ticket.lines).toEqual([
    { lineId: beer.lineId, qty: 3 },
    { lineId: nuts.lineId, qty: -1 },
  ]);

  expect(await sendTabTicket(db, hardware, tabId, context)).toMatchObject({ ok: false, error: { code: 'NOTHING_TO_SEND' } });
});

test('with no printer set up nothing is sent or recorded, and the bartender is told to set one up', async () => {
  const { db, hardware, context } = await till();
  const tabId = await openTab(db, { tableNo: '9', name: '' });
  await addTabLine(db, tabId, lager.id, lager.packs[0]!.id);

  const result = await sendTabTicket(db, hardware, tabId, context);

  expect(result).toMatchObject({ ok: false, error: { code: 'NO_TICKET_PRINTER', message: expect.stringContaining('Printers & devices') } });
  expect(await db.tabTickets.count()).toBe(0);
  expect(hardware.queue.jobs()).toEqual([]);
});

test('lines another till rang up are left to that till', async () => {
  const { db, hardware, context } = await till(device('receipt', 'receipt-printer', 'Receipt printer', []));
  const tabId = await openTab(db, { tableNo: '3', name: '' });
  await addTabLine(db, tabId, lager.id, lager.packs[0]!.id);

  const result = await sendTabTicket(db, hardware, tabId, { ...context, deviceId: '0190a0e0-0000-7000-8000-00000000e002' });

  expect(result).toMatchObject({ ok: false, error: { code: 'NOTHING_TO_SEND' } });
  expect(hardware.queue.jobs()).toEqual([]);
});
