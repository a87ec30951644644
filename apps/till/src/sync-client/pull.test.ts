import { afterEach, expect, test } from 'vitest';
import { PROTOCOL_VERSION, type PullResponseV2 } from '@tillsafe/sync';
import { getMeta, setMeta } from '../db/meta';
import type { TillDb } from '../db/till-db';
import { enrolment, freshDb, lager } from '../test-support/fixtures';
import { mixSixWines, salesTax } from '../test-support/selling-fixtures';
import { id, refundRow, saleRow } from '../test-support/history-fixtures';
import { createSyncApi, NetworkError, type SyncApi } from './api-client';
import { CHUNKED_FROM } from '../db/product-table';
import { pullAll } from './pull';

let db: TillDb | undefined;
afterEach(async () => {
  await db?.delete();
});

/** A server that answers each pull with the next scripted page (or failure) and notes the cursor asked for. */
function scriptedPulls(pages: (PullResponseV2 | Error)[]) {
  const asked: (string | undefined)[] = [];
  const api: SyncApi = {
    enroll: () => Promise.reject(new Error('unused')),
    push: () => Promise.reject(new Error('unused')),
    pull: (_token, cursor) => {
      asked.push(cursor);
      const next = pages.shift();
      if (!next) return Promise.reject(new Error('no scripted page'));
      return next instanceof Error ? Promise.reject(next) : Promise.resolve(next);
    },
  };
  return { api, asked };
}

const put = (entity: PullResponseV2['changes'][number]['entity'], data: { id: string }) => ({ entity, id: data.id, version: {}, op: 'put' as const, data });

test('a till that pulled with protocol 1 pulls once from no cursor, receives the selling records, then resumes from its new cursor', async () => {
  db = freshDb();
  await setMeta(db, 'enrolment', enrolment);
  // Where a protocol-1 pull left it: past the selling records, which that pull skipped.
  await setMeta(db, 'pullCursor', 'p900');
  const { api, asked } = scriptedPulls([
    { cursor: 'p950', hasMore: false, lastSeq: 0, changes: [put('product', lager), put('taxCategory', salesTax), put('promotion', mixSixWines)] },
    { cursor: 'p951', hasMore: false, lastSeq: 0, changes: [] },
  ]);

  await pullAll(db, api, enrolment.deviceToken);
  expect(asked).toEqual([undefined]);
  expect(await db.taxCategories.toArray()).toEqual([{ ...salesTax, version: {}, fields: {} }]);
  expect((await db.promotions.get(mixSixWines.id))?.name).toBe('Mix 6 wines');
  expect(await getMeta(db, 'pullProtocol')).toBe(PROTOCOL_VERSION);
  expect(await getMeta(db, 'pullCursor')).toBe('p950');

  await pullAll(db, api, enrolment.deviceToken);
  expect(asked).toEqual([undefined, 'p950']);
});

test('a re-pull cut off half way resumes from the last page it stored, not from the start', async () => {
  db = freshDb();
  await setMeta(db, 'enrolment', enrolment);
  await setMeta(db, 'pullCursor', 'p900');
  const { api, asked } = scriptedPulls([
    { cursor: 'p10', hasMore: true, lastSeq: 0, changes: [put('taxCategory', salesTax)] },
    new NetworkError(),
    { cursor: 'p20', hasMore: false, lastSeq: 0, changes: [put('promotion', mixSixWines)] },
  ]);
  await expect(pullAll(db, api, enrolment.deviceToken)).rejects.toThrow(NetworkError);
  expect(await getMeta(db, 'pullCursor')).toBe('p10');

  await pullAll(db, api, enrolment.deviceToken);
  expect(asked).toEqual([undefined, 'p10', 'p10']);
  expect(await db.promotions.count()).toBe(1);
  expect(await getMeta(db, 'pullCursor')).toBe('p20');
});

test('a fresh till pulls from no cursor with the protocol it speaks, and reads the selling records in the answer', async () => {
  const urls: string[] = [];
  const body: PullResponseV2 = { cursor: 'p1', hasMore: false, lastSeq: 0, changes: [put('taxCategory', salesTax)] };
  const api = createSyncApi('', (input) => {
    urls.push(input instanceof Request ? input.url : input.toString());
    return Promise.resolve(new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } }));
  });
  const page = await api.pull('token', undefined, 500);
  expect(page.changes[0]?.entity).toBe('taxCategory');
  await api.pull('token', 'p1', 500);
  expect(urls).toEqual([`/api/v1/sync/pull?limit=500&protocolVersion=${PROTOCOL_VERSION}`, `/api/v1/sync/pull?cursor=p1&limit=500&protocolVersion=${PROTOCOL_VERSION}`]);
});

/** `count` products named `label`, as a large page (a price import, a re-pull) brings them. */
function largePage(cursor: string, count: number, label: string): PullResponseV2 {
  const products = Array.from({ length: count }, (_, i) => ({ ...lager, id: `0190a0e0-0000-7000-8000-${String(i).padStart(12, '0')}`, name: `${label} ${i}` }));
  return { cursor, hasMore: false, lastSeq: 0, changes: products.map((p) => put('product', p)) };
}

test('a large page that brings the products again leaves one copy of each, not one per pull; a first pull has nothing to compact', async () => {
  db = freshDb();
  await setMeta(db, 'enrolment', enrolment);
  await setMeta(db, 'pullProtocol', PROTOCOL_VERSION);
  const compactions = () => performance.getEntriesByName('pull.compact').length;
  const copies = async () => (await db!.productChunks.toArray()).reduce((sum, chunk) => sum + chunk.ids.length, 0);
  const { api } = scriptedPulls([largePage('p1', CHUNKED_FROM, 'list'), largePage('p2', CHUNKED_FROM, 'import 1'), largePage('p3', CHUNKED_FROM, 'import 2')]);
  const ran = compactions();

  await pullAll(db, api, enrolment.deviceToken);
  expect(compactions()).toBe(ran);
  expect(await copies()).toBe(CHUNKED_FROM);

  await pullAll(db, api, enrolment.deviceToken);
  await pullAll(db, api, enrolment.deviceToken);
  expect(compactions()).toBe(ran + 2);
  expect(await copies()).toBe(CHUNKED_FROM);
  const [first, last] = await Promise.all([db.productChunks.orderBy(':id').first(), db.productChunks.orderBy(':id').last()]);
  expect([first?.rows[0]?.name, last?.rows.at(-1)?.name]).toEqual(['import 2 0', `import 2 ${CHUNKED_FROM - 1}`]);
});

test('a completed pull drops the sales older than the history window the server sent; a pull that failed drops nothing', async () => {
  db = freshDb();
  await setMeta(db, 'enrolment', enrolment);
  await setMeta(db, 'pullProtocol', PROTOCOL_VERSION);
  const old = id(0x5a1);
  const recent = id(0x5a2);
  const yesterday = new Date(Date.now() - 24 * 60 * 60 * 1000).toISOString();
  await db.sales.bulkPut([saleRow(old, '2020-03-01T10:00:00.000Z'), saleRow(recent, yesterday)]);
  await db.refunds.put(refundRow(id(0x7f1), old, yesterday));
  const prunes = () => performance.getEntriesByName('pull.prune').length;
  const ran = prunes();
  const { api } = scriptedPulls([
    { cursor: 'p1', hasMore: true, lastSeq: 0, changes: [], historyDays: 90 },
    new NetworkError(),
    { cursor: 'p2', hasMore: false, lastSeq: 0, changes: [], historyDays: 90 },
  ]);

  await expect(pullAll(db, api, enrolment.deviceToken)).rejects.toThrow(NetworkError);
  expect(await getMeta(db, 'historyDays')).toBe(90);
  expect(await db.sales.count()).toBe(2);

  await pullAll(db, api, enrolment.deviceToken);
  expect((await db.sales.toArray()).map((s) => s.id)).toEqual([recent]);
  expect(await db.refunds.count()).toBe(0);
  expect(prunes()).toBe(ran + 1);
});
