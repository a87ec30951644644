import { MutationRejected } from '@tillsafe/sync';
import { decodeEscPos } from '@tillsafe/hardware/testing';
import { afterEach, expect, test, vi } from 'vitest';
import type { StaffRow } from '../../db/rows';
import type { TillDb } from '../../db/till-db';
import { cashier, pairedDb } from '../../test-support/fixtures';
import type { Commit } from './drawer-audit-log';
import { HardwareService } from './hardware-service';
import { canOpenNoSale, openDrawerNoSale } from './no-sale';
import { FakeSerial, FakeSerialPort } from './testing/fake-serial-api';

const manager: StaffRow = { ...cashier, id: '0190a0e0-0000-7000-8000-00000000f002', name: 'Marcus Reid', role: 'manager' };

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function tillWithPrinter() {
  const db: TillDb = await pairedDb();
  const serial = new FakeSerial();
  const port = new FakeSerialPort();
  serial.next = port;
  const hardware = new HardwareService({ db, apis: { serial: serial as unknown as Serial, usb: undefined }, env: { isSecureContext: true, navigator: { serial } } });
  cleanups.push(async () => {
    hardware.stop();
    await hardware.queue.idle();
    await db.delete();
  });
  await hardware.start();
  await hardware.pair({ role: 'receipt-printer', transport: 'web-serial' });
  return { db, port, hardware };
}

test('only roles holding drawer.open.nosale may open the drawer without a sale', () => {
  expect(canOpenNoSale(cashier)).toBe(false);
  expect(canOpenNoSale(manager)).toBe(true);
});

test('a cashier is refused: no pulse is queued and nothing is recorded', async () => {
  const { db, hardware } = await tillWithPrinter();
  const commit = vi.fn<Commit>(() => Promise.resolve());
  const result = openDrawerNoSale(hardware, db, cashier, '', { commit });
  expect(result).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED' } });
  expect(await result.audit).toEqual({ status: 'not-needed' });
  expect(commit).not.toHaveBeenCalled();
  expect(hardware.queue.jobs()).toHaveLength(0);
});

test('a manager opens the drawer (the pulse alone) and the no-sale is committed as cash.event', async () => {
  const { db, port, hardware } = await tillWithPrinter();
  const commit = vi.fn<Commit>(() => Promise.resolve());
  const result = openDrawerNoSale(hardware, db, manager, '  Change for a $50  ', { commit });
  expect(result.ok).toBe(true);
  const audit = await result.audit;
  expect(audit.status).toBe('recorded');
  expect(commit).toHaveBeenCalledWith(db, 'cash.event', { eventId: expect.any(String), kind: 'no_sale', amount: 0, note: 'Change for a $50', approverId: null });
  await vi.waitFor(() => {
    expect(port.printed).toHaveLength(1);
  });
  expect(decodeEscPos(port.printed[0]!).map((c) => c.type)).toEqual(['pulse']);
});

test("a cashier opens the drawer with a manager's approval, and the no-sale records the approver", async () => {
  const { db, port, hardware } = await tillWithPrinter();
  const commit = vi.fn<Commit>(() => Promise.resolve());
  const result = openDrawerNoSale(hardware, db, cashier, 'Float top-up', { commit, approver: manager });
  expect(result.ok).toBe(true);
  expect((await result.audit).status).toBe('recorded');
  expect(commit).toHaveBeenCalledWith(db, 'cash.event', { eventId: expect.any(String), kind: 'no_sale', amount: 0, note: 'Float top-up', approverId: manager.id });
  await vi.waitFor(() => {
    expect(port.printed).toHaveLength(1);
  });
});

test('an approver who may not open the drawer either does not open it', async () => {
  const { db, hardware } = await tillWithPrinter();
  const commit = vi.fn<Commit>(() => Promise.resolve());
  const otherCashier: StaffRow = { ...cashier, id: '0190a0e0-0000-7000-8000-00000000f003', name: 'Ben Okafor' };
  expect(openDrawerNoSale(hardware, db, cashier, '', { commit, approver: otherCashier })).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED' } });
  expect(commit).not.toHaveBeenCalled();
  expect(hardware.queue.jobs()).toHaveLength(0);
});

test('a no-sale the sync rules do not know yet is reported as not recorded, with its code', async () => {
  const { db, hardware } = await tillWithPrinter();
  const commit: Commit = () => Promise.reject(new MutationRejected('UNKNOWN_MUTATOR', 'No mutator is called "cash.event".'));
  const result = openDrawerNoSale(hardware, db, manager, '', { commit });
  expect(await result.audit).toEqual({ status: 'not-recorded', code: 'UNKNOWN_MUTATOR', message: 'No mutator is called "cash.event".' });
});

test('without a receipt printer there is no drawer to open', async () => {
  const db = await pairedDb();
  const hardware = new HardwareService({ db, apis: { serial: undefined, usb: undefined } });
  cleanups.push(() => db.delete());
  await hardware.start();
  const result = openDrawerNoSale(hardware, db, manager, '');
  expect(result).toMatchObject({ ok: false, error: { code: 'NOT_CONNECTED' } });
  hardware.stop();
});
