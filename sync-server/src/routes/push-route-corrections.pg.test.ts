import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { overflowTabId, pushResponseSchema, uuidv7, type EnrollResponse, type Mutation, type PushResponse } from '@tillsafe/sync';
import { DEMO } from '../seed/demo-organisation';
import { ensureDemoPairingCodes } from '../seed/seed-demo';
import { saleArgs } from '../testing/sale-args';
import { DRIVERS, enrollTill, envelope, postJson, push, startTestServer, STORE_CODE, type TestServer } from '../testing/test-server';

const stranger = '01935f00-0000-7000-8000-00000000dead';
const managerId = DEMO.staff.find((s) => s.role === 'manager')!.id;

/**
 * A rejected mutation's answer carries the records it may have written, as the server holds them
 * now (a delete where it has none), so the till that made it can undo its optimistic write.
 */
describe.each(DRIVERS)('corrections in push answers on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server.close());

  async function answer(till: EnrollResponse, mutations: Mutation[], protocolVersion?: number): Promise<PushResponse> {
    const res = await push(server, till, mutations, protocolVersion);
    expect(res.status).toBe(200);
    return pushResponseSchema.parse(res.body);
  }
  const refs = (response: PushResponse) => (response.corrections ?? []).map((c) => `${c.op} ${c.entity}:${c.id}`).sort();

  test('a rename a cashier may not make comes back refused with the product as the server holds it; an accepted sale beside it needs nothing', async () => {
    const till = await enrollTill(server);
    const sale = saleArgs(till, { offset: 0, lines: 1 });
    const productId = sale.lines[0]!.productId;
    const body = await answer(till, [envelope(1, 'sale.complete', sale), envelope(2, 'product.update', { productId, patch: { name: 'Bargain' } })]);
    expect(body.results.map((r) => [r.seq, r.status, r.code])).toEqual([
      [1, 'applied', undefined],
      [2, 'rejected', 'FORBIDDEN'],
    ]);
    expect(body.corrections).toEqual([
      { entity: 'product', id: productId, op: 'put', version: expect.any(Object), fields: expect.any(Object), data: expect.objectContaining({ id: productId, name: expect.not.stringMatching('Bargain') }) },
    ]);
  });

  test('a refused sale comes back as a delete of the sale alone, not the channel and products it was priced from', async () => {
    const till = await enrollTill(server);
    const sale = saleArgs(till, { offset: 3, lines: 2 });
    const body = await answer(till, [envelope(1, 'sale.complete', sale, stranger)]);
    expect(body.results[0]).toMatchObject({ status: 'rejected', code: 'UNKNOWN_ACTOR' });
    expect(refs(body)).toEqual([`delete sale:${sale.saleId}`]);
  });

  test('a refused cash event comes back as a delete, one this till has stored as the stored event', async () => {
    const till = await enrollTill(server);
    const eventId = uuidv7();
    const event = { eventId, kind: 'pay_in', amount: 500, note: 'float top-up' };
    const body = await answer(till, [envelope(1, 'cash.event', event), envelope(2, 'cash.event', event, stranger), envelope(3, 'cash.event', { ...event, eventId: uuidv7() }, stranger)]);
    expect(body.results.map((r) => r.status)).toEqual(['applied', 'rejected', 'rejected']);
    expect(body.corrections?.[0]).toMatchObject({ entity: 'cashEvent', id: eventId, op: 'put', data: { id: eventId, amount: 500, deviceId: till.deviceId } });
    expect(body.corrections?.[1]).toMatchObject({ entity: 'cashEvent', op: 'delete' });
  });

  test('a line on a tab whose opening was refused comes back as deletes: the line, the tab and its overflow tab', async () => {
    const till = await enrollTill(server);
    const tabId = uuidv7();
    const lineId = uuidv7();
    const { productId, packId } = saleArgs(till, { offset: 6, lines: 1 }).lines[0]!;
    const body = await answer(till, [envelope(1, 'tab.open', { tabId, name: 'Window', tableNo: '3' }, stranger), envelope(2, 'tab.addLine', { tabId, lineId, productId, packId, qty: 1 })]);
    expect(body.results.map((r) => r.code)).toEqual(['UNKNOWN_ACTOR', 'UNKNOWN_TAB']);
    expect(refs(body)).toEqual([`delete tab:${overflowTabId(tabId)}`, `delete tab:${tabId}`, `delete tabLine:${lineId}`].sort());
  });

  test('a refused close comes back with the tab still open, as the batch left it', async () => {
    const till = await enrollTill(server);
    const tabId = uuidv7();
    const body = await answer(till, [envelope(1, 'tab.open', { tabId, name: 'Patio', tableNo: '9' }), envelope(2, 'tab.close', { tabId, saleId: null }, stranger)]);
    expect(body.results.map((r) => r.status)).toEqual(['applied', 'rejected']);
    const tab = body.corrections?.find((c) => c.entity === 'tab' && c.id === tabId);
    expect(tab).toMatchObject({ op: 'put', data: { id: tabId, status: 'open', name: 'Patio' } });
    expect(Object.keys(tab?.version ?? {})).toEqual([till.deviceId]);
    expect(refs(body)).toContain(`delete tab:${overflowTabId(tabId)}`);
  });

  test('a batch sent again after its answer was lost hears the rejection again, with the corrections; once dismissed, a duplicate', async () => {
    const till = await enrollTill(server);
    const sale = saleArgs(till, { offset: 9, lines: 1 });
    const rename = envelope(1, 'product.update', { productId: sale.lines[0]!.productId, patch: { name: 'Bargain' } });
    const batch = [rename, envelope(2, 'sale.complete', sale)];
    const first = await answer(till, batch);
    const again = await answer(till, batch);
    expect(again.results.map((r) => [r.seq, r.status, r.code, r.message])).toEqual([
      [1, 'rejected', 'FORBIDDEN', first.results[0]!.message],
      [2, 'duplicate', undefined, undefined],
    ]);
    expect(again.corrections).toEqual(first.corrections);

    const dismissed = await postJson(server, '/api/v1/sync/rejections/resolve', { seq: 1, action: 'dismiss', actorId: managerId }, till.deviceToken);
    expect(dismissed.body).toMatchObject({ status: 'dismissed' });
    const later = await answer(till, batch);
    expect(later.results.map((r) => r.status)).toEqual(['duplicate', 'duplicate']);
    expect(refs(later)).toEqual(refs(first));
  });

  test('corrections never show a till what its pull would not: another store’s tab is a delete, a refund only from protocol 2', async () => {
    const [, bar] = await ensureDemoPairingCodes(server.database.db, STORE_CODE);
    const barTill = await enrollTill(server, bar!.code);
    const storeTill = await enrollTill(server);
    const barTab = uuidv7();
    await answer(barTill, [envelope(1, 'tab.open', { tabId: barTab, name: 'Bar tab', tableNo: '1' })]);
    const closed = await answer(storeTill, [envelope(1, 'tab.close', { tabId: barTab, saleId: null }, stranger)]);
    expect(refs(closed)).toEqual([`delete tab:${barTab}`, `delete tab:${overflowTabId(barTab)}`].sort());

    // A refund of a sale the server never had.
    const refund = () => ({ refundId: uuidv7(), saleId: uuidv7(), lines: [{ lineId: uuidv7(), qty: 1, disposition: 'restock' }], to: 'cash', withReceipt: true, refundedAt: new Date().toISOString() });
    const v1 = await answer(storeTill, [envelope(2, 'refund.create', refund())], 1);
    expect(v1.results[0]).toMatchObject({ status: 'rejected', code: 'UNKNOWN_RECORD' });
    expect(v1.corrections).toBeUndefined();
    const args = refund();
    const v2 = await answer(storeTill, [envelope(3, 'refund.create', args)], 2);
    expect(refs(v2)).toEqual([`delete refund:${args.refundId}`]);
  });
});
