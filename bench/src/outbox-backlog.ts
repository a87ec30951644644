import type { Mutation, SaleCompleteV2Args, SaleRecord, StockMovement, VersionVector } from '@tillsafe/sync';

type SaleRow = SaleRecord & { version?: VersionVector };

/**
 * Runs IN THE TILL'S PAGE (handed to `page.evaluate`, so it must not use anything from outside
 * itself). The documented shortcut behind backlog_10k_drain_s: committing 10,000 sales through
 * the UI would take far longer than the bench may, so this copies ONE sale the till committed
 * offline through its real path (completeSale → commitMutation) `copies` times, writing
 * exactly what that path writes for each sale, straight into IndexedDB:
 *   - the outbox entry: a new mutation id, the next seq, its HLC, and args with a new saleId,
 *     the next receipt number, new lineIds and soldAt (base versions unchanged: same products);
 *   - the `sales` row the mutator stores (same lines and totals, new ids, version {device: seq});
 *   - one `stockMovements` row per line (id = lineId, refId = saleId);
 *   - meta `nextSeq`, `receiptCounter` and `hlc`, as after the last of them.
 * Copies are 1 ms apart, as sales committed back to back would be. It writes 1,000 sales per
 * IndexedDB transaction (the real path: one each), with meta updated in each, so the database is
 * consistent after every transaction. Returns how many entries the outbox then holds.
 */
export async function copyOfflineSale({ dbName, copies }: { dbName: string; copies: number }): Promise<number> {
  const request = <T>(req: IDBRequest<T>) =>
    new Promise<T>((resolve, reject) => {
      req.onsuccess = () => {
        resolve(req.result);
      };
      req.onerror = () => {
        reject(req.error ?? new Error('IndexedDB request failed'));
      };
    });
  const committed = (tx: IDBTransaction) =>
    new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => {
        resolve();
      };
      tx.onabort = () => {
        reject(tx.error ?? new Error('IndexedDB transaction aborted'));
      };
    });
  /** UUID v7 (RFC 9562 §5.7), as the till's uuidv7(ms) makes them. */
  const uuidv7 = (ms: number) => {
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    let t = ms;
    for (let i = 5; i >= 0; i--) {
      bytes[i] = t % 256;
      t = Math.floor(t / 256);
    }
    bytes[6] = (bytes[6]! & 0x0f) | 0x70;
    bytes[8] = (bytes[8]! & 0x3f) | 0x80;
    const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  };

  const open = indexedDB.open(dbName);
  const db = await request(open);
  try {
    const read = db.transaction(['outbox', 'sales', 'stockMovements', 'meta']);
    const outbox = (await request(read.objectStore('outbox').getAll())) as Mutation[];
    const entry = outbox[0];
    if (outbox.length !== 1 || entry?.name !== 'sale.complete') throw new Error(`expected one sale.complete in the outbox, found ${outbox.length}`);
    const args = entry.args as SaleCompleteV2Args;
    const sale = (await request(read.objectStore('sales').get(args.saleId))) as SaleRow | undefined;
    const moves = (await request(read.objectStore('stockMovements').index('refId').getAll(args.saleId))) as StockMovement[];
    const meta = async (key: string) => ((await request(read.objectStore('meta').get(key))) as { value: unknown } | undefined)?.value;
    const enrolment = (await meta('enrolment')) as { deviceId: string } | undefined;
    const counter = (await meta('receiptCounter')) as number | undefined;
    const receipt = /^(.*-)(\d+)$/.exec(args.receiptNo);
    const clock = /^(\d+)-(\d+)-(.+)$/.exec(entry.hlc);
    if (!sale || moves.length !== args.lines.length || !enrolment || counter === undefined || !receipt || !clock) throw new Error('the offline sale is not stored as expected');
    const deviceId = enrolment.deviceId;
    const first = Math.max(Number(clock[1]), Date.parse(args.soldAt));

    const CHUNK = 1_000;
    for (let from = 1; from <= copies; from += CHUNK) {
      const to = Math.min(copies, from + CHUNK - 1);
      const tx = db.transaction(['outbox', 'sales', 'stockMovements', 'meta'], 'readwrite');
      const done = committed(tx);
      for (let k = from; k <= to; k++) {
        const at = first + k;
        const seq = entry.seq + k;
        const saleId = uuidv7(at);
        const lineIds = args.lines.map(() => uuidv7(at));
        const soldAt = new Date(at).toISOString();
        const receiptNo = `${receipt[1]!}${String(counter + k).padStart(6, '0')}`;
        const hlc = `${String(at).padStart(15, '0')}-00000-${deviceId}`;
        const copiedArgs: SaleCompleteV2Args = { ...args, saleId, receiptNo, soldAt, lines: args.lines.map((line, i) => ({ ...line, lineId: lineIds[i]! })) };
        tx.objectStore('outbox').add({ ...entry, id: uuidv7(at), seq, hlc, args: copiedArgs });
        tx.objectStore('sales').add({ ...sale, id: saleId, receiptNo, soldAt, lines: sale.lines.map((line, i) => ({ ...line, lineId: lineIds[i]! })), version: { [deviceId]: seq } });
        for (const move of moves) {
          const i = sale.lines.findIndex((line) => line.lineId === move.id);
          tx.objectStore('stockMovements').add({ ...move, id: lineIds[i]!, refId: saleId });
        }
      }
      tx.objectStore('meta').put({ key: 'nextSeq', value: entry.seq + to + 1 });
      tx.objectStore('meta').put({ key: 'receiptCounter', value: counter + to });
      tx.objectStore('meta').put({ key: 'hlc', value: { wall: first + to, counter: 0, node: deviceId } });
      await done;
    }
    return await request(db.transaction('outbox').objectStore('outbox').count());
  } finally {
    db.close();
  }
}
