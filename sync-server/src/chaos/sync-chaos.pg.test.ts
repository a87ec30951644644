import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { compareStamps, overflowTabId, uuidv7, type Mutation, type PushResponse, type VersionVector } from '@tillsafe/sync';
import { DEMO } from '../seed/demo-organisation';
import { buildDemoCatalog } from '../seed/demo-catalog';
import { CASHIER_ID, MANAGER_ID, ringUpSales, seededRandom } from './chaos-sales';
import { enrolTill, recordIn, versionIn, type ChaosTill } from './chaos-till';
import { nextEvent, pushUntilAcked } from './push-until-acked';
import { committedButUnanswered, expectLogMatchesOutbox, expectNoOrphanMovements, expectSalesStoredOnce, expectStockMatchesSales } from './invariants';
import { prepareLabDatabase, type LabDatabase } from './lab-database';
import { RestartingServer, ServerFleet, sleep, startAhead, type ServerProcess } from './server-process';

/**
 * Chaos against real server processes on real PostgreSQL: answers lost after the commit, the
 * same batch twice at once, SIGKILL in the middle of large batches, and two tills editing one
 * tab and one product through two processes. The timing is random; the assertions are the
 * invariants that must hold whatever the timing (exactly once, no partial batch, no lost line).
 * Set CHAOS_SEED to replay a run's choices of products and delays.
 */
const PAIRING_CODE = 'CHAOS-STORE-1';
const SEED = Number(process.env.CHAOS_SEED ?? Math.floor(Math.random() * 2 ** 32));
const random = seededRandom(SEED);
const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));

/** Bounded waits: generous for a loaded 2-core machine, never a measure of speed. */
const SYNC_TIMEOUT_MS = 60_000;
const TEST_TIMEOUT_MS = 90_000;
const KILLS = 4;
const SALES_PER_BATCH = 500;
/** Batches each till of the kill test rings up at least, kills or not. */
const MIN_BATCHES = 3;
/** Batches of the dropped-answer and twin tests: many small pushes, each a chance to race. */
const SMALL_BATCH = 40;
const DROPPED_BATCHES = 6;
const TWIN_BATCHES = 6;

const fleet = new ServerFleet();
let lab: LabDatabase | undefined;
let replicaA: ServerProcess;
let replicaB: ServerProcess;
/** Processes started ahead to take over after the kills (the kill test runs last). */
let spares: Promise<ServerProcess>[] = [];
/** Every till that sold into the store's warehouse, for the stock check. */
const sellers: ChaosTill[] = [];
const report: string[] = [`seed ${SEED}`];

beforeAll(async () => {
  lab = await prepareLabDatabase(inject('pgAdminUrl'), PAIRING_CODE);
  const options = { databaseUrl: lab.url, pairingCode: PAIRING_CODE };
  // The kill test's takeovers start now, beside the replicas, so they are ready long before it
  // runs: with replica B and the first victim restarted, one per kill.
  spares = Array.from({ length: KILLS - 2 }, () => startAhead(fleet, options));
  [replicaA, replicaB] = await Promise.all([fleet.start(options), fleet.start(options)]);
}, 180_000);

afterAll(async () => {
  await fleet.stopAll();
  await lab?.drop();
  process.stderr.write(`chaos: ${report.join('; ')}\n`);
}, 60_000);

const statuses = (response: PushResponse) => response.results.map((r) => r.status);
const answered = (attempt: Awaited<ReturnType<ChaosTill['push']>>): PushResponse => {
  if (attempt.kind !== 'answered') throw new Error(`expected an answer, got ${JSON.stringify(attempt)}`);
  return attempt.response;
};

describe('answers lost after the commit', () => {
  test('a batch whose answer was dropped is stored once when the till sends it again, through either server', async () => {
    const till = await enrolTill(replicaA.url, PAIRING_CODE, 'Dropped answers');
    sellers.push(till);
    for (let b = 0; b < DROPPED_BATCHES; b++) {
      ringUpSales(till, SMALL_BATCH, random);
      const batch = till.slice(till.acked + 1, SMALL_BATCH);
      const [first, second] = b % 2 === 0 ? [replicaA, replicaB] : [replicaB, replicaA];
      const ackedBefore = till.acked;
      // Even batches: the answer is dropped after the headers, so the server has committed.
      // Odd batches: the connection is cut 0–40 ms in, before or after the commit.
      const afterCommit = b % 2 === 0;
      await till.pushAndDropAnswer(first.url, batch, afterCommit ? { mode: 'after-commit' } : { mode: 'abort', abortAfterMs: between(0, 40) });
      expect(till.acked).toBe(ackedBefore);
      const retry = answered(await till.push(second.url, batch));
      expect(retry.lastSeq).toBe(batch.at(-1)!.seq);
      const seen = new Set(statuses(retry));
      if (afterCommit) expect([...seen]).toEqual(['duplicate']);
      // One transaction per batch: the retry finds all of it or none of it.
      else expect([['applied'], ['duplicate']]).toContainEqual([...seen]);
    }
    await expectSalesStoredOnce(lab!.sql, till);
    report.push(`dropped answers: ${till.lastSeq} sales in ${DROPPED_BATCHES} batches, ${committedButUnanswered(till)} committed with the answer lost`);
  }, TEST_TIMEOUT_MS);

  test('the same batch sent twice at once, or overlapping batches racing through two servers, is applied once', async () => {
    const till = await enrolTill(replicaB.url, PAIRING_CODE, 'Twin pushes');
    sellers.push(till);
    for (let b = 0; b < TWIN_BATCHES; b++) {
      ringUpSales(till, SMALL_BATCH, random);
      const batch = till.slice(till.acked + 1, SMALL_BATCH);
      const [x, y] = await Promise.all([till.push(replicaA.url, batch), till.push(replicaB.url, batch)]);
      const both = [answered(x), answered(y)].map((r) => statuses(r).join(','));
      expect(both.sort()).toEqual(['applied', 'duplicate'].map((status) => Array.from(batch, () => status).join(',')));
    }
    // A batch that overtakes the one before it is refused whole, naming the seq to resume from.
    ringUpSales(till, 10 * SMALL_BATCH, random);
    const overtaking = await till.push(replicaA.url, till.slice(till.acked + 1 + SMALL_BATCH, SMALL_BATCH));
    expect(overtaking).toMatchObject({ kind: 'refused', status: 409, code: 'SEQ_GAP', expectedSeq: till.acked + 1 });
    // Two requests in flight, alternating servers: later batches overtake earlier ones at random
    // and the till resumes from each expectedSeq.
    let turn = 0;
    await pushUntilAcked(till, { endpoint: () => (turn++ % 2 === 0 ? replicaA.url : replicaB.url), batchSize: SMALL_BATCH, inFlight: 2, timeoutMs: SYNC_TIMEOUT_MS });
    expect(till.stats.ackRegressions).toBe(0);
    await expectSalesStoredOnce(lab!.sql, till);
    await expectNoOrphanMovements(lab!.sql);
    report.push(`twins: ${till.lastSeq} sales, ${till.stats.requests} requests, ${till.stats.seqGaps} SEQ_GAP answers while pipelining`);
  }, TEST_TIMEOUT_MS);
});

describe('two tills on one tab and one product, through two server processes', () => {
  let barA: ChaosTill;
  let barB: ChaosTill;
  const tabId = uuidv7();
  const catalog = buildDemoCatalog().products.filter((p) => p.active);
  const sync = (till: ChaosTill, server: ServerProcess) => pushUntilAcked(till, { endpoint: () => server.url, batchSize: 100, timeoutMs: SYNC_TIMEOUT_MS });
  const addLine = (till: ChaosTill, tab: string, productIndex: number) => {
    const product = catalog[productIndex]!;
    return till.record('tab.addLine', { tabId: tab, lineId: uuidv7(), productId: product.id, packId: product.packs[0]!.id, qty: 1, notes: till.name }, CASHIER_ID);
  };

  beforeAll(async () => {
    barA = await enrolTill(replicaA.url, PAIRING_CODE, 'Bar till A');
    barB = await enrolTill(replicaB.url, PAIRING_CODE, 'Bar till B');
  });

  test('lines both tills add to one tab at once are all kept', async () => {
    barA.record('tab.open', { tabId, name: 'Table 7', tableNo: '7' }, CASHIER_ID);
    await sync(barA, replicaA);
    expect(recordIn(await barB.pullAll(replicaB.url), 'tab', tabId)).toMatchObject({ status: 'open' });
    const added: { till: ChaosTill; mutation: Mutation }[] = [];
    for (let round = 0; round < 5; round++) {
      for (const [till, offset] of [[barA, 0], [barA, 10], [barB, 20], [barB, 30]] as const) added.push({ till, mutation: addLine(till, tabId, offset + round) });
      await Promise.all([sync(barA, replicaA), sync(barB, replicaB)]);
    }
    const lines = await lab!.sql<{ id: string }[]>`select id::text as id from tab_lines where tab_id = ${tabId} and not voided`;
    expect(lines.map((l) => l.id).sort()).toEqual(added.map((a) => lineIdOf(a.mutation)).sort());
    for (const { till, mutation } of added) expect(till.outcomeOf(mutation)).toMatchObject({ status: 'applied' });
  }, TEST_TIMEOUT_MS);

  test('a product edited at once from both tills keeps the HLC winner, and a conflict row keeps both values', async () => {
    const pulledA = await barA.pullAll(replicaA.url);
    const pulledB = await barB.pullAll(replicaB.url);
    const products = [catalog[100]!, catalog[200]!, catalog[300]!];
    for (const product of products) {
      const key = `product:${product.id}`;
      const baseA = { [key]: versionIn(pulledA, 'product', product.id) };
      const baseB = { [key]: versionIn(pulledB, 'product', product.id) };
      const editA = barA.record('product.update', { productId: product.id, patch: { name: `${product.name} (A)`, brand: 'Brand A' } }, MANAGER_ID, baseA);
      // A cashier may not edit the catalog: rejected, and kept in the log with its payload.
      const forbidden = barA.record('product.update', { productId: product.id, patch: { name: 'Cashier rename' } }, CASHIER_ID, baseA);
      const editB = barB.record('product.update', { productId: product.id, patch: { name: `${product.name} (B)`, volumeMl: 777 } }, MANAGER_ID, baseB);
      await Promise.all([sleep(between(0, 10)).then(() => sync(barA, replicaA)), sleep(between(0, 10)).then(() => sync(barB, replicaB))]);

      const stampA = { hlc: editA.hlc, node: barA.deviceId, seq: editA.seq };
      const stampB = { hlc: editB.hlc, node: barB.deviceId, seq: editB.seq };
      const [winner, loser] = compareStamps(stampA, stampB) > 0 ? [editA, editB] : [editB, editA];
      const winnerName = (winner.args as { patch: { name: string } }).patch.name;
      const loserName = (loser.args as { patch: { name: string } }).patch.name;
      const results = [barA.outcomeOf(editA), barB.outcomeOf(editB)];
      expect(results.map((r) => r?.status).sort()).toEqual(['applied', 'merged']);
      expect(results.find((r) => r?.status === 'merged')).toMatchObject({ code: 'CONCURRENT_EDIT' });
      expect(barA.outcomeOf(forbidden)).toMatchObject({ status: 'rejected', code: 'FORBIDDEN' });

      const [row] = await lab!.sql<{ name: string; brand: string; volumeMl: number | null; version: VersionVector; fields: unknown }[]>`
        select name, brand, volume_ml as "volumeMl", version, fields from products where id = ${product.id}`;
      const conflicts = await lab!.sql<{ field: string; kept: { value: unknown }; lost: { value: unknown } }[]>`
        select field, kept, lost from sync_conflicts where record_id = ${product.id}`;
      const story = JSON.stringify({ stampA, stampB, results, fields: row?.fields, conflicts });
      expect(row, story).toMatchObject({ name: winnerName, brand: 'Brand A', volumeMl: 777 });
      expect(row!.version).toMatchObject({ [barA.deviceId]: editA.seq, [barB.deviceId]: editB.seq });
      expect(conflicts, story).toEqual([
        expect.objectContaining({ field: 'name', kept: expect.objectContaining({ value: winnerName }), lost: expect.objectContaining({ value: loserName }) }),
      ]);
      const [logged] = await lab!.sql<{ status: string; code: string; args: unknown }[]>`
        select status, code, args from mutation_log where device_id = ${barA.deviceId} and seq = ${forbidden.seq}`;
      expect(logged).toEqual({ status: 'rejected', code: 'FORBIDDEN', args: forbidden.args });
    }
  }, TEST_TIMEOUT_MS);

  test('a line added while the other till closes the tab is never lost, and never sits on the closed tab after the close', async () => {
    const tabs = Array.from({ length: 8 }, (_, i) => {
      const id = uuidv7();
      barA.record('tab.open', { tabId: id, name: `Race ${i}`, tableNo: `R${i}` }, CASHIER_ID);
      return id;
    });
    await sync(barA, replicaA);
    const pulled = await barB.pullAll(replicaB.url);
    for (const id of tabs) expect(recordIn(pulled, 'tab', id)).toMatchObject({ status: 'open' });

    const races = tabs.map((id, i) => {
      const close = barA.record('tab.close', { tabId: id, saleId: null }, CASHIER_ID);
      const line = addLine(barB, id, 40 + i);
      return { id, close, line };
    });
    // One race per push pair, with a random head start, so both orders happen across rounds.
    for (const race of races) {
      await Promise.all([
        sleep(between(0, 15)).then(() => barA.pushThrough(replicaA.url, race.close.seq)),
        sleep(between(0, 15)).then(() => barB.pushThrough(replicaB.url, race.line.seq)),
      ]);
    }
    // After the close is known everywhere, a line for the closed tab always moves, from either till.
    const late = [addLine(barB, tabs[0]!, 60), addLine(barA, tabs[0]!, 61)];
    await Promise.all([sync(barA, replicaA), sync(barB, replicaB)]);

    let moved = 0;
    for (const race of races) {
      expect(barA.outcomeOf(race.close)).toMatchObject({ status: 'applied' });
      const result = barB.outcomeOf(race.line);
      const [line] = await lab!.sql<{ tabId: string; movedFrom: string | null }[]>`
        select tab_id::text as "tabId", moved_from::text as "movedFrom" from tab_lines where id = ${lineIdOf(race.line)}`;
      if (result?.status === 'merged') {
        moved++;
        expect(result.code).toBe('MOVED_TO_NEW_TAB');
        expect(line).toEqual({ tabId: overflowTabId(race.id), movedFrom: race.id });
        const [overflow] = await lab!.sql<{ movedFrom: string; status: string }[]>`select moved_from::text as "movedFrom", status from tabs where id = ${overflowTabId(race.id)}`;
        expect(overflow).toEqual({ movedFrom: race.id, status: 'open' });
      } else {
        expect(result).toMatchObject({ status: 'applied' });
        expect(line).toEqual({ tabId: race.id, movedFrom: null });
      }
    }
    expect(barB.outcomeOf(late[0]!)).toMatchObject({ status: 'merged', code: 'MOVED_TO_NEW_TAB' });
    expect(barA.outcomeOf(late[1]!)).toMatchObject({ status: 'merged', code: 'MOVED_TO_NEW_TAB' });
    const lateTabs = await lab!.sql<{ tabId: string }[]>`select distinct tab_id::text as "tabId" from tab_lines where id in ${lab!.sql(late.map(lineIdOf))}`;
    expect(lateTabs).toEqual([{ tabId: overflowTabId(tabs[0]!) }]);

    // The invariants, whatever the order: every line ever added exists once, and a line on a
    // closed tab got its change-log position before the close did (positions follow commits).
    const everyAdd = [barA, barB].flatMap((till) => till.outbox.filter((m) => m.name === 'tab.addLine').map((m) => ({ lineId: lineIdOf(m), status: till.outcomeOf(m)?.status })));
    expect(everyAdd.filter((a) => a.status !== 'applied' && a.status !== 'merged')).toEqual([]);
    const stored = await lab!.sql<{ id: string }[]>`select id::text as id from tab_lines where id in ${lab!.sql(everyAdd.map((a) => a.lineId))}`;
    expect(stored.length).toBe(everyAdd.length);
    const afterClose = await lab!.sql<{ id: string }[]>`
      select l.id::text as id
      from tab_lines l
      join tabs t on t.id = l.tab_id and t.status = 'closed'
      join change_index lc on lc.entity = 'tabLine' and lc.entity_id = l.id
      join change_index tc on tc.entity = 'tab' and tc.entity_id = t.id
      where lc.pos > tc.pos and t.id in ${lab!.sql(tabs)}`;
    expect(afterClose).toEqual([]);
    await expectLogMatchesOutbox(lab!.sql, barA);
    await expectLogMatchesOutbox(lab!.sql, barB);
    report.push(`tab race: ${moved} of ${races.length} lines moved to the overflow tab, ${races.length - moved} landed before the close`);
  }, TEST_TIMEOUT_MS);
});

describe('SIGKILL in the middle of large batches', () => {
  // Last: it kills the two replicas the other tests use, then the spares that took over; the
  // first victim is started again on the same database and the tills finish on it.
  test('every sale is stored exactly once with its movements, and stock is minus the units sold', async () => {
    const store = new RestartingServer(fleet, { databaseUrl: lab!.url, pairingCode: PAIRING_CODE }, replicaA, [Promise.resolve(replicaB), ...spares], 1);
    const steady = await enrolTill(store.url, PAIRING_CODE, 'Steady till');
    const eager = await enrolTill(store.url, PAIRING_CODE, 'Eager till');
    const tills = [steady, eager];
    sellers.push(...tills);
    let killing = true;
    /** Push requests in flight at the moment of a kill: batches cut in the middle. */
    let cut = 0;
    const sell = async (till: ChaosTill, inFlight: number, batchSize: number) => {
      for (let batches = 0; killing || batches < MIN_BATCHES; batches++) {
        ringUpSales(till, SALES_PER_BATCH, random);
        await pushUntilAcked(till, { endpoint: () => store.url, batchSize, inFlight, timeoutMs: SYNC_TIMEOUT_MS, requestTimeoutMs: 20_000 });
      }
    };
    const kill = async () => {
      try {
        for (let k = 0; k < KILLS; k++) {
          // Each server answers at least once (so kills spread over the run), then dies
          // 5–200 ms after a push leaves for it.
          await nextEvent(tills, 'answer', 30_000);
          await nextEvent(tills, 'send', 30_000);
          await sleep(between(5, 200));
          cut += steady.inFlight + eager.inFlight;
          await store.killAndReplace();
        }
      } finally {
        killing = false;
      }
    };
    const started = Date.now();
    await Promise.all([sell(steady, 1, SALES_PER_BATCH), sell(eager, 2, SALES_PER_BATCH / 2), kill()]);

    expect(store.kills).toBe(KILLS);
    for (const till of tills) {
      expect(till.stats.ackRegressions).toBe(0);
      await expectSalesStoredOnce(lab!.sql, till);
    }
    await expectNoOrphanMovements(lab!.sql);
    await expectStockMatchesSales(lab!.sql, DEMO.store.warehouse.id, sellers);
    expect(cut, 'no kill landed while a push was in flight').toBeGreaterThan(0);
    report.push(
      `kills: ${store.kills} SIGKILLs cutting ${cut} pushes in flight, ${steady.lastSeq + eager.lastSeq} sales ` +
        `(${steady.lastSeq / SALES_PER_BATCH}+${eager.lastSeq / SALES_PER_BATCH} batches of ${SALES_PER_BATCH}), ` +
        `${steady.stats.lost + eager.stats.lost} requests lost, ${committedButUnanswered(steady) + committedButUnanswered(eager)} sales committed with the answer lost, ` +
        `${eager.stats.seqGaps} SEQ_GAP answers, outages ${store.outages.join('/')} ms, ${Date.now() - started} ms`,
    );
  }, 150_000);
});

function lineIdOf(mutation: Mutation): string {
  return (mutation.args as { lineId: string }).lineId;
}
