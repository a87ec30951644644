import type { PrintJob } from '@tillsafe/hardware';
import { decodeEscPos, textLines } from '@tillsafe/hardware/testing';
import { afterEach, expect, test } from 'vitest';
import { pairedDb } from '../../test-support/fixtures';
import { HardwareService } from './hardware-service';
import { printTabTicket, ticketFallbackPrinter } from './tab-tickets';
import { saveDevice, type TillDevice } from './till-device';

const DRINKS = '0190a0e0-0000-7000-8000-0000000000c1';
const FOOD = '0190a0e0-0000-7000-8000-0000000000c2';
const SNACKS = '0190a0e0-0000-7000-8000-0000000000c3';

const device = (id: string, role: TillDevice['role'], label: string, categories: string[]): TillDevice => ({
  id,
  role,
  label,
  identity: { transport: 'web-usb', usbVendorId: 0x04b8, usbProductId: 0x0e28, name: label },
  profile: { language: 'esc-pos', paper: '80mm', codepage: 'cp858', cut: 'partial', feedBeforeCut: 4, imageMode: 'column', saleCode: 'auto', drawer: { pin: 2, onMs: 50, offMs: 500 } },
  categories,
  baudRate: 9600,
  displayProtocol: 'esc-pos',
  addedAt: `2026-11-20T10:00:0${id.length % 10}.000Z`,
});

let stop: (() => Promise<void>) | undefined;
afterEach(async () => {
  await stop?.();
});

async function tillWith(...devices: TillDevice[]) {
  const db = await pairedDb();
  for (const d of devices) await saveDevice(db, d);
  const hardware = new HardwareService({ db, apis: { serial: undefined, usb: undefined } });
  stop = async () => {
    hardware.stop();
    await db.delete();
  };
  await hardware.start();
  return hardware;
}

const ticket = {
  ticketId: '0190a0e0-0000-7000-8000-00000000aa01',
  ticketNo: 'T-7',
  station: 'Bar',
  table: '12',
  createdAt: '2026-11-20T21:00:00.000Z',
  currency: 'USD',
  storeName: 'Harbour Bar',
  lines: [
    { name: 'Harbour Lager', qty: 2, categoryId: DRINKS },
    { name: 'Fish & chips', qty: 1, categoryId: FOOD, notes: ['no vinegar'] },
    { name: 'Salted peanuts', qty: 1, categoryId: SNACKS },
  ],
};

const textOf = (jobs: readonly PrintJob[], printerId: string) => textLines(decodeEscPos(jobs.find((j) => j.printerId === printerId)!.bytes)).join('\n');

test('tab lines go to the printer of their category; lines of other categories to the receipt printer at the till', async () => {
  const hardware = await tillWith(device('receipt', 'receipt-printer', 'Receipt printer', []), device('bar', 'ticket-printer', 'Bar', [DRINKS]), device('kitchen', 'ticket-printer', 'Kitchen', [FOOD]));

  const jobs = printTabTicket(hardware, ticket);

  expect(jobs.map((j) => j.printerId).sort()).toEqual(['bar', 'kitchen', 'receipt']);
  expect(textOf(jobs, 'bar')).toContain('2 x Harbour Lager');
  expect(textOf(jobs, 'bar')).not.toContain('Salted peanuts');
  expect(textOf(jobs, 'kitchen')).toContain('1 x Fish & chips');
  expect(textOf(jobs, 'kitchen')).toContain('no vinegar');
  expect(textOf(jobs, 'kitchen')).not.toContain('Harbour Lager');
  expect(textOf(jobs, 'receipt')).toContain('1 x Salted peanuts');
  expect(jobs.every((j) => j.kind === 'ticket' && j.documentId === ticket.ticketId)).toBe(true);
});

test('without a receipt printer, lines no ticket printer takes go to the first ticket printer', async () => {
  const hardware = await tillWith(device('bar', 'ticket-printer', 'Bar', [DRINKS]), device('kitchen', 'ticket-printer', 'Kitchen', [FOOD]));
  const jobs = printTabTicket(hardware, ticket);
  expect(jobs.map((j) => j.printerId).sort()).toEqual(['bar', 'kitchen']);
  expect(textOf(jobs, 'bar')).toContain('1 x Salted peanuts');
});

test('a till without any printer prints no ticket, and says so by queuing nothing', async () => {
  const hardware = await tillWith();
  expect(ticketFallbackPrinter(hardware)).toBeUndefined();
  expect(printTabTicket(hardware, ticket)).toEqual([]);
  expect(hardware.queue.jobs()).toEqual([]);
});
