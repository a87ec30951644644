/**
 * Drops the till's synced copies of finished business that fell out of the server's history
 * window.
 *
 * The server sends a till only the last `historyDays` days of finished business (sales sold, tabs
 * closed, parked sales taken back or discarded; PullResponseV2 in @tillsafe/sync), but a till kept
 * everything it was ever sent, so its database grew with every sale for as long as it stood in
 * the store. What is older than the window is dropped here: the server still holds it, and a
 * return of an older sale looks the sale up there (features/returns/remote-sales.ts). What is
 * still going on stays, however old: open tabs with their lines, sales still parked.
 *
 * Only what the server already holds as the till does may go. Nothing is dropped while the outbox
 * holds anything (a pending mutation may concern any of these records, and its rebase reads them),
 * and a record a rejected mutation names stays while the rejection waits for a person. The check
 * and the deletes are one transaction, so a sale committed meanwhile cannot slip in between; a
 * Dexie one, so the screens listing sales, tabs and parked sales hear of it.
 */
import { getMetas, setMeta } from './meta';
import type { TillDb } from './till-db';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The most sales, tabs and parked sales one run drops. The run holds the outbox, so a sale waits
 * for it: a till that held years of history before this existed drops it over several pulls, a
 * short transaction each, instead of in one long one. A run cut short this way does not count as
 * the day's run.
 */
export const MAX_DROPPED_PER_RUN = 2_000;

/** What one run dropped, per table. */
export interface PrunedHistory {
  sales: number;
  refunds: number;
  tabs: number;
  tabLines: number;
  drafts: number;
}

/**
 * Drops the sales sold, the tabs closed (with their lines) and the parked sales taken back or
 * discarded before `now` less the server's history window, and the refunds of the sales dropped.
 * Runs once a day at most, dropping at most MAX_DROPPED_PER_RUN of each. Answers what it dropped,
 * or undefined when it did not run: the server never said its window (an older server), the
 * outbox is not empty (a run that does not count, so the next pull tries again), or it ran less
 * than a day ago.
 */
export async function pruneHistory(db: TillDb, now: Date): Promise<PrunedHistory | undefined> {
  // Every pull ends here, nearly always to find nothing to do. That is found with a plain read:
  // the read-write transaction below spans the sales and the outbox, so a sale being stored
  // would wait for it.
  if ((await dueToRun(db, now)) === undefined) return undefined;
  const tables = [db.meta, db.outbox, db.rejections, db.sales, db.refunds, db.tabs, db.tabLines, db.drafts];
  return db.transaction('rw', tables, async () => {
    // Again inside: a sale may have been stored, or another tab may have run, since.
    const historyDays = await dueToRun(db, now);
    if (historyDays === undefined) return undefined;
    const cutoff = new Date(now.getTime() - historyDays * DAY_MS);
    const kept = await namedByRejections(db);
    const [sales, tabs, drafts] = await Promise.all([
      oldSales(db, cutoff, kept),
      db.tabs.where('status').equals('closed').toArray().then((closed) => closedOnesBefore(closed, cutoff, kept)),
      db.drafts.where('status').notEqual('parked').toArray().then((closed) => closedOnesBefore(closed, cutoff, kept)),
    ]);
    const cut = [sales, tabs, drafts].some((ids) => ids.length === MAX_DROPPED_PER_RUN);
    const [refunds, tabLines] = await Promise.all([
      db.refunds.where('saleId').anyOf(sales).delete(),
      db.tabLines.where('tabId').anyOf(tabs).delete(),
      db.sales.bulkDelete(sales),
      db.tabs.bulkDelete(tabs),
      db.drafts.bulkDelete(drafts),
      cut ? undefined : setMeta(db, 'historyPrunedAt', now.toISOString()),
    ]);
    return { sales: sales.length, refunds, tabs: tabs.length, tabLines, drafts: drafts.length };
  });
}

/** The server's window when a run is due now: it is known, the outbox is empty and the last run was a day ago or more. */
async function dueToRun(db: TillDb, now: Date): Promise<number | undefined> {
  const [[historyDays, prunedAt], pending] = await Promise.all([getMetas(db, ['historyDays', 'historyPrunedAt'] as const), db.outbox.count()]);
  return historyDays === undefined || pending > 0 || ranWithinADay(prunedAt, now) ? undefined : historyDays;
}

/**
 * Whether the last run was less than a day before `now`. One stamped after `now` (the till's
 * clock was wrong then, or is now) does not hold the next run back until that time comes.
 */
function ranWithinADay(prunedAt: string | undefined, now: Date): boolean {
  if (prunedAt === undefined) return false;
  const since = now.getTime() - Date.parse(prunedAt);
  return since >= 0 && since < DAY_MS;
}

/** Sales sold before the cutoff, by the `soldAt` index (stored in UTC, so it orders as time). */
async function oldSales(db: TillDb, cutoff: Date, kept: ReadonlySet<string>): Promise<string[]> {
  return db.sales
    .where('soldAt')
    .below(cutoff.toISOString())
    .filter((sale) => !kept.has(sale.id))
    .limit(MAX_DROPPED_PER_RUN)
    .primaryKeys();
}

/**
 * Of the closed tabs or parked sales given, those closed before the cutoff that no rejection
 * names. Open tabs and sales still parked are never read: the callers pick the closed ones by the
 * status index.
 */
function closedOnesBefore(closed: readonly { id: string; closedAt: string | null }[], cutoff: Date, kept: ReadonlySet<string>): string[] {
  return closed
    .filter((record) => closedBefore(record.closedAt, cutoff) && !kept.has(record.id))
    .slice(0, MAX_DROPPED_PER_RUN)
    .map((record) => record.id);
}

/** A record without a closing time cannot be told old, so it stays. */
function closedBefore(closedAt: string | null, cutoff: Date): boolean {
  return closedAt !== null && Date.parse(closedAt) < cutoff.getTime();
}

/**
 * Every id a rejected mutation names in its args, and the tab of every tab line among them: those
 * records stay while the rejection waits for a person (the sync panel lists it; the cart's notice
 * of a refused resume reads it). The args are read as they are rather than through each mutator's
 * declared reads: records are named by UUID, so a string equal to a record's id is that record,
 * and a rejection of any mutator, of any version, keeps what it names.
 */
async function namedByRejections(db: TillDb): Promise<Set<string>> {
  const named = new Set<string>();
  for (const rejection of await db.rejections.toArray()) collectStrings(rejection.mutation.args, named);
  if (named.size === 0) return named;
  for (const line of await db.tabLines.bulkGet([...named])) if (line) named.add(line.tabId);
  return named;
}

function collectStrings(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value)) for (const item of value) collectStrings(item, into);
  else if (value !== null && typeof value === 'object') for (const item of Object.values(value)) collectStrings(item, into);
}
