import { describe, expect, test } from 'vitest';
import { openCashDrawer, type DrawerAuditEntry, type OpenDrawerRequest } from './cash-drawer';
import { drawerPulseBytes } from './drawer';
import { MemoryPrintJobStore } from './print-job';
import { createPrintQueue } from './print-queue';
import { ManualTimer } from './testing/manual-timer';
import { RecordingTransport } from './testing/recording-transport';

function setup() {
  const timer = new ManualTimer();
  const printer = new RecordingTransport();
  const queue = createPrintQueue({ store: new MemoryPrintJobStore(), clock: timer, timer, connect: () => printer });
  const audit: DrawerAuditEntry[] = [];
  let ids = 0;
  const deps = { queue, audit: { record: (e: DrawerAuditEntry) => audit.push(e) }, clock: timer, newId: () => `audit-${++ids}` };
  const request = (over: Partial<OpenDrawerRequest>): OpenDrawerRequest => ({
    reason: 'no-sale',
    actorId: 'cashier-1',
    printerId: 'receipt',
    pulse: drawerPulseBytes('esc-pos'),
    can: () => false,
    ...over,
  });
  return { queue, printer, audit, deps, request };
}

describe('cash drawer', () => {
  test('"no sale" without drawer.open.nosale is refused, nothing is sent, and the refusal is audited', async () => {
    const { queue, printer, audit, deps, request } = setup();
    const result = openCashDrawer(request({}), deps);
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED', message: 'Opening the drawer without a sale needs a manager.' } });
    await queue.idle();
    expect(printer.writes).toHaveLength(0);
    expect(audit).toMatchObject([{ reason: 'no-sale', outcome: 'refused', actorId: 'cashier-1', jobId: null }]);
  });

  test('"no sale" with the capability (here a manager approving) pulses the drawer and is audited', async () => {
    const { queue, printer, audit, deps, request } = setup();
    const result = openCashDrawer(request({ can: (c) => c === 'drawer.open.nosale', approvedBy: 'manager-1' }), deps);
    expect(result.ok).toBe(true);
    await queue.idle();
    expect(printer.writes).toEqual([Uint8Array.of(0x1b, 0x70, 0x00, 0x19, 0xfa)]);
    expect(audit).toMatchObject([{ reason: 'no-sale', outcome: 'granted', approvedBy: 'manager-1', jobId: result.ok ? result.value.id : '' }]);
    expect(queue.jobs()[0]).toMatchObject({ kind: 'drawer', drawerOpened: true });
  });

  test('a cash tender needs no capability: the pulse and the receipt leave in one write, audited with the sale', async () => {
    const { queue, printer, audit, deps, request } = setup();
    const receipt = Uint8Array.of(0x1b, 0x40, 0x41, 0x0a);
    const result = openCashDrawer(request({ reason: 'cash-tender', saleId: 'sale-1', receipt: { bytes: receipt, label: 'Receipt T1-000042' } }), deps);
    expect(result.ok).toBe(true);
    await queue.idle();
    expect(printer.writes).toEqual([Uint8Array.of(0x1b, 0x70, 0x00, 0x19, 0xfa, 0x1b, 0x40, 0x41, 0x0a)]);
    expect(audit).toMatchObject([{ reason: 'cash-tender', outcome: 'granted', saleId: 'sale-1' }]);
  });

  test('a cash-tender opening without its sale is refused', () => {
    const { audit, deps, request } = setup();
    expect(openCashDrawer(request({ reason: 'cash-tender' }), deps)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(audit[0]?.outcome).toBe('refused');
  });
});
