import { saleIdToDigits } from '@tillsafe/hardware';
import { decodeEscPos, textLines } from '@tillsafe/hardware/testing';
import { afterEach, expect, test, vi } from 'vitest';
import type { TillDb } from '../../db/till-db';
import { lager, pairedDb } from '../../test-support/fixtures';
import { completeCashSale } from '../payment/complete-cash-sale';
import { HardwareService } from './hardware-service';
import { printCashSaleReceipt, printSaleAgain, printSaleReceipt } from './sale-receipts';
import { FakeSerial, FakeSerialPort } from './testing/fake-serial-api';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

function service(db: TillDb, serial: FakeSerial) {
  const hardware = new HardwareService({
    db,
    apis: { serial: serial as unknown as Serial, usb: undefined },
    env: { isSecureContext: true, navigator: { serial } },
    retry: { baseMs: 20, maxMs: 40, maxAttempts: 4 },
  });
  cleanups.unshift(() => {
    hardware.stop();
    return hardware.queue.idle();
  });
  return hardware;
}

async function pairedPrinter() {
  const db = await pairedDb();
  cleanups.push(() => db.delete());
  const serial = new FakeSerial();
  const port = new FakeSerialPort();
  serial.next = port;
  const hardware = service(db, serial);
  await hardware.start();
  const paired = await hardware.pair({ role: 'receipt-printer', transport: 'web-serial' });
  if (!paired.ok) throw paired.error;
  const sale = await completeCashSale(db, { lines: [{ productId: lager.id, packId: lager.packs[1]!.id, qty: 2 }], tendered: 3000, clientTotal: 2598 });
  return { db, serial, port, hardware, printer: paired.value, sale };
}

const jobOf = (hardware: HardwareService, saleId: string) => hardware.queue.jobs().find((j) => j.documentId === saleId);

test('after a cash sale the paired printer gets the drawer pulse and the receipt in one write', async () => {
  const { db, port, hardware, printer, sale } = await pairedPrinter();
  expect(hardware.store.getState().links[printer.id]?.status).toBe('connected');
  await printCashSaleReceipt(hardware, db, sale);
  await vi.waitFor(() => {
    expect(port.printed).toHaveLength(1);
  });
  const commands = decodeEscPos(port.printed[0]!);
  expect(commands[0]).toMatchObject({ type: 'pulse', pin: 2, onMs: 50, offMs: 500 });
  const text = textLines(commands).join('\n');
  expect(text).toContain('Corner Cellar');
  expect(text).toContain('Harbour Lager 330ml');
  expect(text).toMatch(/TOTAL\s+\$25\.98/);
  expect(text).toContain(sale.receiptNo);
  expect(commands.find((c) => c.type === 'barcode')).toMatchObject({ symbology: 'code128', data: saleIdToDigits(sale.id) });
  expect(commands.some((c) => c.type === 'cut')).toBe(true);
  expect(jobOf(hardware, sale.id)).toMatchObject({ state: 'done', drawerOpened: true });
});

test('a sale paid by card and points prints its receipt naming each payment, and leaves the drawer shut', async () => {
  const { port, hardware, db, sale } = await pairedPrinter();
  const paidByCard = {
    ...sale,
    change: 0,
    payments: [
      { kind: 'card' as const, amount: 2098, last4: '4242', approvalCode: 'A1B2C3', terminalRef: 'T-000481' },
      { kind: 'loyalty' as const, points: 500, value: 500 },
    ],
  };
  await printSaleReceipt(hardware, db, paidByCard);
  await vi.waitFor(() => {
    expect(port.printed).toHaveLength(1);
  });
  const commands = decodeEscPos(port.printed[0]!);
  expect(commands.some((c) => c.type === 'pulse')).toBe(false);
  const text = textLines(commands).join('\n');
  expect(text).toMatch(/Card \*{4}4242\s+\$20\.98/);
  expect(text).toMatch(/Points \(500\)\s+\$5\.00/);
  expect(jobOf(hardware, sale.id)?.state).toBe('done');
  expect(jobOf(hardware, sale.id)?.drawerOpened).not.toBe(true);
});

test('a split tender with cash opens the drawer with its receipt', async () => {
  const { port, hardware, db, sale } = await pairedPrinter();
  await printSaleReceipt(hardware, db, { ...sale, payments: [{ kind: 'card', amount: 1000, last4: '0019', approvalCode: '512044', terminalRef: 'MANUAL-512044' }, { kind: 'cash', amount: 2000 }] });
  await vi.waitFor(() => {
    expect(port.printed).toHaveLength(1);
  });
  expect(decodeEscPos(port.printed[0]!)[0]).toMatchObject({ type: 'pulse' });
});

test('an unplugged printer keeps the receipt waiting with the reason, and prints it when plugged back in', async () => {
  const { db, serial, port, hardware, printer, sale } = await pairedPrinter();
  serial.unplug(port);
  await vi.waitFor(() => {
    expect(hardware.store.getState().links[printer.id]?.status).toBe('not-connected');
  });
  await printCashSaleReceipt(hardware, db, sale);
  await vi.waitFor(() => {
    expect(jobOf(hardware, sale.id)?.lastError?.code).toBe('NOT_CONNECTED');
  });
  expect(port.printed).toHaveLength(0);
  serial.plug(port);
  await vi.waitFor(() => {
    expect(jobOf(hardware, sale.id)?.state).toBe('done');
  });
  expect(port.printed).toHaveLength(1);
});

test('a printer that refuses the data leaves the job waiting; once fixed, Retry prints it', async () => {
  const { db, port, hardware, sale } = await pairedPrinter();
  port.failWrites = true;
  await printCashSaleReceipt(hardware, db, sale);
  await vi.waitFor(() => {
    expect(jobOf(hardware, sale.id)?.state).toBe('failed');
  });
  expect(jobOf(hardware, sale.id)?.lastError?.code).toBe('WRITE_FAILED');
  port.failWrites = false;
  hardware.queue.retry();
  await vi.waitFor(() => {
    expect(jobOf(hardware, sale.id)?.state).toBe('done');
  });
  expect(port.printed).toHaveLength(1);
});

test('out of paper shows on the printer and the receipt waits for a new roll', async () => {
  const { db, port, hardware, printer, sale } = await pairedPrinter();
  port.paperOut = true;
  await printCashSaleReceipt(hardware, db, sale);
  await vi.waitFor(() => {
    expect(hardware.store.getState().links[printer.id]?.paper).toBe('out');
  });
  expect(jobOf(hardware, sale.id)?.lastError?.code).toBe('OUT_OF_PAPER');
  port.paperOut = false;
  hardware.queue.retry();
  await vi.waitFor(() => {
    expect(jobOf(hardware, sale.id)?.state).toBe('done');
  });
  expect(hardware.store.getState().links[printer.id]?.paper).toBe('ok');
});

test('a reprint from history is marked COPY and carries no drawer pulse', async () => {
  const { db, port, hardware, sale } = await pairedPrinter();
  await printCashSaleReceipt(hardware, db, sale);
  await vi.waitFor(() => {
    expect(port.printed).toHaveLength(1);
  });
  await printSaleAgain(hardware, db, sale);
  await vi.waitFor(() => {
    expect(port.printed).toHaveLength(2);
  });
  const copy = decodeEscPos(port.printed[1]!);
  expect(textLines(copy).join('\n')).toContain('*** COPY ***');
  expect(copy.some((c) => c.type === 'pulse')).toBe(false);
  const [reprint, original] = hardware.queue.history(sale.id);
  expect(original?.reprintOf).toBeNull();
  expect(reprint).toMatchObject({ reprintOf: original?.id, label: `Reprint: Receipt ${sale.receiptNo}` });
});

test('after a reload the paired printer is found again without asking, and the waiting receipt prints', async () => {
  const { db, serial, port, hardware, sale } = await pairedPrinter();
  serial.unplug(port);
  await printCashSaleReceipt(hardware, db, sale);
  await vi.waitFor(() => {
    expect(jobOf(hardware, sale.id)?.lastError).not.toBeNull();
  });
  hardware.stop();
  await hardware.queue.idle();
  await vi.waitFor(async () => {
    expect((await db.printJobs.get(jobOf(hardware, sale.id)!.id))?.state).toBe('queued');
  });

  serial.plug(port);
  serial.next = null; // no chooser: the reload must not ask
  const reloaded = service(db, serial);
  await reloaded.start();
  await vi.waitFor(() => {
    expect(jobOf(reloaded, sale.id)?.state).toBe('done');
  });
  expect(port.printed).toHaveLength(1);
});
