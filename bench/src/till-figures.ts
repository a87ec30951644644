import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import type { Pack } from '@tillsafe/domain';
import { createTestDatabase, type TestPostgres } from '@tillsafe/sync-server/testing';
import { drainBacklog } from './backlog-drain';
import { launchChromium } from './browser';
import { pairAndPullCatalog, type PairedTill } from './catalog-pull';
import type { Cleanup } from './cleanup';
import type { Figure } from './figures';
import { percentile, roundFigure } from './percentile';
import { MISSED_AFTER_MS, tabLinePropagation, type TabProduct } from './propagation';
import { saleCommitDurations } from './sale-commit';
import { scanToCartDurations, searchDurations } from './search-and-scan';
import { seedBenchCatalog } from './seed-bench-catalog';
import { startServer } from './server-process';
import { buildTill } from './till-build';

export const CATALOG_SIZE = 50_000;
const PAIRING_CODE = 'BENCH-TILLS';
const STAFF = { name: 'Casey Morgan', pin: '1234' };
const SALES = { measured: 200, warmup: 10 };
const BACKLOG = 10_000;
const TAB_LINES = { measured: 50, warmup: 5 };

export const TILL_FIGURES = ['catalog_50k_pull_s', 'search_p95_ms', 'scan_to_cart_p95_ms', 'sale_commit_p95_ms', 'backlog_10k_drain_s', 'propagation_p50_ms', 'propagation_p99_ms'] as const;

/**
 * `BENCH_ONLY=name,name` measures just those figures (and what they need: every till figure
 * pairs till A through the catalog pull); unset, it measures all of them.
 */
export function wanted(name: string): boolean {
  const only = process.env.BENCH_ONLY?.split(',').map((n) => n.trim()).filter(Boolean);
  return !only?.length || only.includes(name);
}

export interface Outcome {
  figures: Record<string, Figure>;
  /** Figures that could not be measured, with the reason. */
  missing: Record<string, string>;
}

/**
 * The figures measured in Chromium against the real product: a fresh database seeded with the
 * large catalog, the till built once and served by sync-server's `main` (as `pnpm start` does,
 * on PostgreSQL), till A paired, selling, then draining an offline backlog, and till B paired
 * beside it for tab propagation. Each figure is measured on the state the previous ones left.
 */
export async function measureTillFigures(pg: TestPostgres, cleanup: Cleanup, log: (line: string) => void, outcome: Outcome): Promise<void> {
  if (!TILL_FIGURES.some(wanted)) return;
  const database = await createTestDatabase(pg.adminUrl, 'tillsafe_bench_tills');
  cleanup.add('drop the bench database', () => database.drop());
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'tillsafe-bench-'));
  cleanup.add('remove the temporary folder', () => rm(scratch, { recursive: true, force: true }));

  log(`seeding ${CATALOG_SIZE.toLocaleString('en-US')} products and building the till…`);
  const tillDir = path.join(scratch, 'till');
  // Both finish before any failure is thrown, so cleanup never races a build still writing.
  const prepared = await Promise.allSettled([seedBenchCatalog(database.url, PAIRING_CODE, CATALOG_SIZE), buildTill(tillDir, log)]);
  for (const step of prepared) if (step.status === 'rejected') throw step.reason;
  const server = await startServer({ databaseUrl: database.url, pairingCode: PAIRING_CODE, tillDir, dataDir: path.join(scratch, 'data') });
  cleanup.add('stop the server', () => server.stop());
  const sql = postgres(database.url, { max: 2, onnotice: () => undefined });
  cleanup.add('close the database connection', () => sql.end({ timeout: 5 }));
  const browser = await launchChromium();
  cleanup.add('close Chromium', () => browser.close());
  log(`server at ${server.url}`);

  const catalog = await sql<{ name: string; packs: Pack[] }[]>`select name, packs from products where active order by sku`;
  /** `count` products spread evenly over the catalog (demo products and lots alike); `half` shifts them by half a step. */
  const spread = (count: number, half: boolean): TabProduct[] =>
    Array.from({ length: count }, (_, i) => catalog[Math.floor(((i + (half ? 0.5 : 0)) * catalog.length) / count)]!).map((p) => ({
      barcode: p.packs[0]!.barcodes[0]!,
      label: `${p.name}, ${p.packs[0]!.name}`,
    }));

  log('catalog_50k_pull_s: pairing till A…');
  let a: PairedTill;
  try {
    const pulled = await pairAndPullCatalog(browser, server.url, PAIRING_CODE, 'Bench till A', CATALOG_SIZE, log);
    a = pulled.till;
    if (wanted('catalog_50k_pull_s')) outcome.figures.catalog_50k_pull_s = { value: roundFigure(pulled.seconds), unit: 's', target: '≤ 3' };
  } catch (error) {
    for (const name of TILL_FIGURES) outcome.missing[name] = `pairing till A failed: ${reason(error)}`;
    return;
  }
  await a.ui.signIn(STAFF.name, STAFF.pin);

  await figure(outcome, ['search_p95_ms'], async () => {
    // The first two words of product names spread over the catalog, typed a key at a time.
    const queries = spread(20, true).map((p) => p.label.split(/[ ,]+/).slice(0, 2).join(' ').toLowerCase());
    log(`search_p95_ms: typing ${queries.length} product names, a search per keystroke…`);
    const durations = await searchDurations(a.ui, queries);
    outcome.figures.search_p95_ms = { value: roundFigure(percentile(durations, 95)), unit: 'ms', target: '≤ 10' };
    log(`  ${durations.length} searches: p50 ${roundFigure(percentile(durations, 50))} ms, max ${roundFigure(Math.max(...durations))} ms`);
  });

  await figure(outcome, ['scan_to_cart_p95_ms'], async () => {
    const scans = spread(45, false).slice(5);
    log(`scan_to_cart_p95_ms: ${scans.length} barcodes scanned into the cart…`);
    const durations = await scanToCartDurations(a.ui, scans);
    outcome.figures.scan_to_cart_p95_ms = { value: roundFigure(percentile(durations, 95)), unit: 'ms', target: '≤ 50' };
    log(`  scan to line: p50 ${roundFigure(percentile(durations, 50))} ms, max ${roundFigure(Math.max(...durations))} ms`);
    await a.page.getByRole('button', { name: 'Clear cart' }).click();
    const confirm = a.page.getByRole('dialog').getByRole('button', { name: /^Clear/ });
    if (await confirm.isVisible().catch(() => false)) await confirm.click();
  });

  await figure(outcome, ['sale_commit_p95_ms'], async () => {
    log(`sale_commit_p95_ms: ${SALES.warmup + SALES.measured} cash sales through the UI…`);
    const { commit, pressToStored } = await saleCommitDurations(a.ui, spread(20, false).map((p) => p.barcode), SALES.measured, SALES.warmup, log);
    outcome.figures.sale_commit_p95_ms = { value: roundFigure(percentile(commit, 95)), unit: 'ms', target: '≤ 10' };
    log(`  sale.commit p50 ${roundFigure(percentile(commit, 50))} ms, max ${roundFigure(Math.max(...commit))} ms`);
    log(`  press of Complete sale to sale stored (the frame after the tap included): p50 ${roundFigure(percentile(pressToStored, 50))} ms, p95 ${roundFigure(percentile(pressToStored, 95))} ms`);
  });

  await figure(outcome, ['backlog_10k_drain_s'], async () => {
    log(`backlog_10k_drain_s: ${BACKLOG.toLocaleString('en-US')} offline sales, then online…`);
    const seconds = await drainBacklog(a, sql, spread(1, true)[0]!.barcode, BACKLOG, log);
    outcome.figures.backlog_10k_drain_s = { value: roundFigure(seconds), unit: 's', target: '≤ 30' };
  });

  await figure(outcome, ['propagation_p50_ms', 'propagation_p99_ms'], async () => {
    log('propagation: pairing till B…');
    const { till: b } = await pairAndPullCatalog(browser, server.url, PAIRING_CODE, 'Bench till B', CATALOG_SIZE, log);
    await b.ui.signIn(STAFF.name, STAFF.pin);
    log(`propagation: ${TAB_LINES.warmup + TAB_LINES.measured} tab lines from A to B…`);
    const { latencies, missed } = await tabLinePropagation(a, b, spread(TAB_LINES.warmup + TAB_LINES.measured, true), TAB_LINES.warmup, log);
    // A line that never arrived by itself is slower than any that did: it counts as Infinity, and
    // a percentile that lands on one is not a figure.
    for (const [name, p, target] of [['propagation_p50_ms', 50, '≤ 100'], ['propagation_p99_ms', 99, '≤ 500']] as const) {
      const value = percentile(latencies, p);
      if (Number.isFinite(value)) outcome.figures[name] = { value: roundFigure(value), unit: 'ms', target };
      else outcome.missing[name] = `${missed} of ${latencies.length} tab lines did not reach till B by themselves within ${MISSED_AFTER_MS / 1000} s (no poke, or a poke without a pull)`;
    }
    const finite = latencies.filter(Number.isFinite);
    if (finite.length) log(`  lines that arrived by themselves: ${finite.length}, min ${roundFigure(Math.min(...finite))} ms, max ${roundFigure(Math.max(...finite))} ms`);
  });
}

async function figure(outcome: Outcome, names: readonly string[], measure: () => Promise<void>): Promise<void> {
  if (!names.some(wanted)) return;
  try {
    await measure();
  } catch (error) {
    for (const name of names) outcome.missing[name] = reason(error);
  }
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
