import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { drawerPulseBytes } from './drawer';
import { defaultRetryPolicy, MemoryPrintJobStore, retryDelay, type PrintJob, type PrintJobStore } from './print-job';
import { createPrintQueue, type PrintQueueOptions } from './print-queue';
import { ManualTimer, settle } from './testing/manual-timer';
import { RecordingTransport, unplugged } from './testing/recording-transport';
import type { PrinterTransport } from './transport';

const receipt = (text: string) => new TextEncoder().encode(`\x1b@${text}\n\x1dV\x01`);

function setup(overrides: Partial<PrintQueueOptions> = {}) {
  const timer = new ManualTimer();
  const store = new MemoryPrintJobStore();
  const printers = new Map<string, PrinterTransport | null>();
  let ids = 0;
  const connects: string[] = [];
  const errors: string[] = [];
  const queue = createPrintQueue({
    store,
    clock: timer,
    timer,
    newId: () => `job-${++ids}`,
    connect: (printerId) => {
      connects.push(printerId);
      return printers.get(printerId) ?? null;
    },
    onError: (e) => errors.push(e.code),
    ...overrides,
  });
  return { queue, timer, store, printers, connects, errors };
}

describe('print queue', () => {
  test('the sale path never awaits the printer: enqueue returns before any printer work starts', async () => {
    const { queue, timer, printers, connects } = setup();
    const printer = new RecordingTransport();
    printer.hang = true; // a printer that takes the data and never answers
    printers.set('receipt', printer);

    const committed: string[] = [];
    const completeSale = (saleId: string) => {
      committed.push(saleId); // the sale is stored first…
      return queue.enqueue({ printerId: 'receipt', kind: 'receipt', label: 'Receipt T1-000042', bytes: receipt('TOTAL 42.50'), documentId: saleId });
    };

    const job = completeSale('sale-1'); // …and completing it is synchronous
    expect(committed).toEqual(['sale-1']);
    expect(job.state).toBe('queued');
    expect(connects).toEqual([]); // the printer has not even been looked up yet

    await settle();
    expect(queue.jobs()[0]?.state).toBe('printing');
    completeSale('sale-2'); // the next sale is not held up by the hanging printer either
    expect(committed).toEqual(['sale-1', 'sale-2']);

    await timer.advance(20_000);
    expect(queue.jobs().find((j) => j.documentId === 'sale-1')).toMatchObject({ state: 'queued', lastError: { code: 'WRITE_TIMEOUT' } });
    queue.dispose();
  });

  test('a missing printer: the job waits in the queue, is retried with backoff and prints when the printer is back', async () => {
    const { queue, timer, printers } = setup();
    const states: string[] = [];
    queue.subscribe((jobs) => {
      const state = jobs[0]?.state;
      if (state && states.at(-1) !== state) states.push(state);
    });

    queue.enqueue({ printerId: 'receipt', kind: 'receipt', label: 'Receipt T1-000042', bytes: receipt('TOTAL 42.50') });
    await settle();
    expect(queue.jobs()[0]).toMatchObject({ state: 'queued', attempts: 1, lastError: { code: 'NOT_CONNECTED' } });
    expect(timer.scheduled).toEqual([2_000]);

    await timer.advance(2_000); // still missing: backoff doubles
    expect(queue.jobs()[0]).toMatchObject({ state: 'queued', attempts: 2 });
    expect(timer.scheduled).toEqual([4_000]);

    const printer = new RecordingTransport();
    printers.set('receipt', printer); // plugged in
    await timer.advance(4_000);
    expect(queue.jobs()[0]).toMatchObject({ state: 'done', attempts: 3, lastError: null, printedAt: timer.now() });
    expect(printer.writes).toHaveLength(1);
    expect(states).toEqual(['queued', 'printing', 'queued', 'printing', 'queued', 'printing', 'done']);
  });

  test('an unplugged printer fails the write; the job is queued again and prints on the next attempt', async () => {
    const { queue, timer, printers } = setup();
    const printer = new RecordingTransport();
    printer.failures.push(unplugged());
    printers.set('receipt', printer);
    queue.enqueue({ printerId: 'receipt', kind: 'receipt', label: 'Receipt', bytes: receipt('A') });
    await settle();
    expect(queue.jobs()[0]).toMatchObject({ state: 'queued', lastError: { code: 'DISCONNECTED', message: 'The printer was unplugged or switched off.' } });
    await timer.advance(2_000);
    expect(queue.jobs()[0]?.state).toBe('done');
    expect(printer.writes).toHaveLength(1);
  });

  test('out of paper: nothing is sent until the paper is back, then it prints by itself', async () => {
    const { queue, timer, printers } = setup();
    const printer = new RecordingTransport();
    printer.paper = 'out';
    printers.set('receipt', printer);
    queue.enqueue({ printerId: 'receipt', kind: 'receipt', label: 'Receipt', bytes: receipt('A') });
    await settle();
    expect(queue.jobs()[0]).toMatchObject({ state: 'queued', lastError: { code: 'OUT_OF_PAPER' } });
    expect(printer.writes).toHaveLength(0);
    printer.paper = 'ok';
    await timer.advance(2_000);
    expect(queue.jobs()[0]?.state).toBe('done');
  });

  test("a printer's jobs print in order, and a missing bar printer does not hold up receipts", async () => {
    const { queue, printers } = setup();
    const receiptPrinter = new RecordingTransport();
    printers.set('receipt', receiptPrinter);
    queue.enqueue({ printerId: 'bar', kind: 'ticket', label: 'Bar ticket', bytes: receipt('2 x Pint') });
    for (const n of [1, 2, 3]) queue.enqueue({ printerId: 'receipt', kind: 'receipt', label: `Receipt ${n}`, bytes: receipt(`R${n}`) });
    await queue.idle();
    expect(receiptPrinter.writes.map((w) => new TextDecoder().decode(w))).toEqual(['\x1b@R1\n\x1dV\x01', '\x1b@R2\n\x1dV\x01', '\x1b@R3\n\x1dV\x01']);
    expect(queue.jobs().find((j) => j.printerId === 'bar')).toMatchObject({ state: 'queued', lastError: { code: 'NOT_CONNECTED' } });
    queue.dispose();
  });

  test('after the last automatic attempt a job is failed and stays visible; retry() on reconnect prints it', async () => {
    const { queue, timer, printers } = setup({ retry: { maxAttempts: 3 } });
    queue.enqueue({ printerId: 'receipt', kind: 'receipt', label: 'Receipt', bytes: receipt('A') });
    await timer.advance(60_000);
    expect(queue.jobs()[0]).toMatchObject({ state: 'failed', attempts: 3, nextAttemptAt: null });
    expect(timer.scheduled).toEqual([]); // no more automatic attempts

    const printer = new RecordingTransport();
    printers.set('receipt', printer);
    queue.retry('receipt'); // what the till calls on navigator.usb/serial "connect"
    await queue.idle();
    expect(queue.jobs()[0]?.state).toBe('done');
    expect(printer.writes).toHaveLength(1);
  });

  test('a cash receipt opens the drawer in the same write; printed late, it no longer opens it', async () => {
    const pulse = drawerPulseBytes('esc-pos');
    const { queue, timer, printers } = setup({ drawerValidForMs: 30_000 });
    const printer = new RecordingTransport();
    printers.set('receipt', printer);
    queue.enqueue({ printerId: 'receipt', kind: 'receipt', label: 'Receipt 1', bytes: receipt('A'), openDrawer: pulse });
    await queue.idle();
    expect(printer.writes).toHaveLength(1);
    expect(Array.from(printer.writes[0]?.slice(0, 5) ?? [])).toEqual([0x1b, 0x70, 0x00, 0x19, 0xfa]);
    expect(queue.jobs()[0]).toMatchObject({ state: 'done', drawerOpened: true });

    printers.set('receipt', null); // printer gone for a while
    queue.enqueue({ printerId: 'receipt', kind: 'receipt', label: 'Receipt 2', bytes: receipt('B'), openDrawer: pulse });
    await timer.advance(62_000);
    printers.set('receipt', printer);
    queue.retry('receipt');
    await timer.advance(0);
    await queue.idle();
    const late = queue.jobs()[0];
    expect(late).toMatchObject({ label: 'Receipt 2', state: 'done', drawerOpened: false });
    expect(Array.from(printer.writes[1]?.slice(0, 2) ?? [])).toEqual([0x1b, 0x40]); // the receipt alone
  });

  test('a drawer-only pulse that cannot go out in time fails instead of opening the drawer later', async () => {
    const { queue, timer, printers } = setup({ drawerValidForMs: 5_000 });
    queue.enqueue({ printerId: 'receipt', kind: 'drawer', label: 'No sale', bytes: new Uint8Array(), openDrawer: drawerPulseBytes('esc-pos') });
    await timer.advance(10_000);
    expect(queue.jobs()[0]).toMatchObject({ state: 'failed', drawerOpened: false });
    const printer = new RecordingTransport();
    printers.set('receipt', printer);
    queue.retry();
    await timer.advance(60_000);
    expect(printer.writes).toHaveLength(0);
  });

  test('reprint from history sends the same bytes again, without opening the drawer', async () => {
    const { queue, printers } = setup();
    const printer = new RecordingTransport();
    printers.set('receipt', printer);
    const original = queue.enqueue({ printerId: 'receipt', kind: 'receipt', label: 'Receipt T1-000042', bytes: receipt('A'), documentId: 'sale-1', openDrawer: drawerPulseBytes('esc-pos') });
    await queue.idle();
    const reprint = queue.reprint(original.id);
    expect(reprint).toMatchObject({ ok: true, value: { label: 'Reprint: Receipt T1-000042', reprintOf: original.id, drawer: null } });
    await queue.idle();
    expect(printer.writes[1]).toEqual(receipt('A'));
    expect(queue.history('sale-1').map((j) => j.label)).toEqual(['Reprint: Receipt T1-000042', 'Receipt T1-000042']);
    expect(queue.reprint('nope')).toMatchObject({ ok: false, error: { code: 'UNKNOWN_JOB' } });
  });

  test('jobs survive a reload: queued ones and ones interrupted while printing print after restore()', async () => {
    const store = new MemoryPrintJobStore();
    const first = setup({ store });
    first.queue.enqueue({ printerId: 'receipt', kind: 'receipt', label: 'Receipt 1', bytes: receipt('A') });
    await first.queue.idle();
    first.queue.dispose();
    const interrupted = { ...[...store.jobs.values()][0], id: 'job-interrupted', seq: 7, state: 'printing' } as PrintJob;
    await store.save(interrupted);
    await store.save({ id: 'garbage' } as unknown as PrintJob);

    const second = setup({ store });
    const printer = new RecordingTransport();
    second.printers.set('receipt', printer);
    await second.queue.restore();
    await second.queue.idle();
    expect(printer.writes).toHaveLength(2);
    expect(second.queue.jobs().map((j) => j.state)).toEqual(['done', 'done']);
    expect(second.errors).toEqual(['INVALID_INPUT']); // the unreadable record is reported, not fatal
    const next = second.queue.enqueue({ printerId: 'receipt', kind: 'receipt', label: 'Receipt 3', bytes: receipt('C') });
    expect(next.seq).toBe(8);
  });

  test('the history keeps the last done jobs up to its limit', async () => {
    const { queue, printers, store } = setup({ historyLimit: 2 });
    printers.set('receipt', new RecordingTransport());
    for (const n of [1, 2, 3, 4]) queue.enqueue({ printerId: 'receipt', kind: 'receipt', label: `Receipt ${n}`, bytes: receipt(String(n)) });
    await queue.idle();
    expect(queue.jobs().map((j) => j.label)).toEqual(['Receipt 4', 'Receipt 3']);
    expect(store.jobs.size).toBe(2);
  });

  test('a store that fails does not stop printing; the failure is reported', async () => {
    const broken: PrintJobStore = { save: () => Promise.reject(new Error('QuotaExceededError')), remove: () => Promise.resolve(), loadAll: () => Promise.resolve([]) };
    const { queue, printers, errors } = setup({ store: broken });
    const printer = new RecordingTransport();
    printers.set('receipt', printer);
    queue.enqueue({ printerId: 'receipt', kind: 'receipt', label: 'Receipt', bytes: receipt('A') });
    await queue.idle();
    expect(printer.writes).toHaveLength(1);
    expect(errors).toContain('WRITE_FAILED');
  });

  test('a queued or failed job can be discarded, a printing one cannot', async () => {
    const { queue, printers } = setup();
    const job = queue.enqueue({ printerId: 'receipt', kind: 'receipt', label: 'Receipt', bytes: receipt('A') });
    expect(queue.discard(job.id)).toMatchObject({ ok: true });
    expect(queue.jobs()).toEqual([]);
    const printer = new RecordingTransport();
    printer.hang = true;
    printers.set('receipt', printer);
    const stuck = queue.enqueue({ printerId: 'receipt', kind: 'receipt', label: 'Receipt', bytes: receipt('B') });
    await settle();
    expect(queue.discard(stuck.id)).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED' } });
    queue.dispose();
  });

  test('backoff grows and never exceeds its cap', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), (attempt) => {
        const delay = retryDelay(attempt, defaultRetryPolicy);
        expect(delay).toBeLessThanOrEqual(defaultRetryPolicy.maxMs);
        expect(delay).toBeGreaterThanOrEqual(retryDelay(attempt - 1, defaultRetryPolicy));
      }),
    );
  });
});
