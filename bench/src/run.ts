import os from 'node:os';
import { startTestPostgres } from '@tillsafe/sync-server/testing';
import { Cleanup } from './cleanup';
import { report } from './figures';
import { pushThroughput } from './push-throughput';
import { measureTillFigures, TILL_FIGURES, wanted, type Outcome } from './till-figures';

const started = Date.now();
const log = (line: string) => process.stderr.write(`[${String(Math.round((Date.now() - started) / 1000)).padStart(4)} s] ${line}\n`);
const loadAverage = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(', ');

/**
 * `pnpm bench`: measures and prints the figures with their targets, writes bench/results.json.
 * No pass/fail on the figures; the exit code is 1 only when a figure could not be measured.
 */
async function main(): Promise<number> {
  const cleanup = new Cleanup(log);
  const outcome: Outcome = { figures: {}, missing: {} };
  const loadAtStart = loadAverage();
  try {
    const pg = await startTestPostgres(log);
    cleanup.add('stop PostgreSQL', () => pg.stop());
    if (wanted('push_mutations_per_s')) {
      try {
        log('push_mutations_per_s: pushing 10,000 sales in batches of 200…');
        outcome.figures.push_mutations_per_s = { value: Math.round(await pushThroughput(pg)), unit: 'mutations/s', target: '≥ 5,000' };
        // Beside the figure, not instead of it: one till waits for each answer before its next
        // push, so its rate is node's time plus PostgreSQL's per batch; with several tills the
        // server overlaps them.
        log(`  the same 10,000 sales from 4 tills at once: ${Math.round(await pushThroughput(pg, { tills: 4 })).toLocaleString('en-US')} mutations/s`);
      } catch (error) {
        outcome.missing.push_mutations_per_s = error instanceof Error ? error.message : String(error);
      }
    }
    await measureTillFigures(pg, cleanup, log, outcome);
  } catch (error) {
    log(`the bench stopped: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    for (const name of ['push_mutations_per_s', ...TILL_FIGURES].filter(wanted)) {
      if (!(name in outcome.figures) && !(name in outcome.missing)) outcome.missing[name] = `the bench stopped: ${error instanceof Error ? error.message : String(error)}`;
    }
  } finally {
    await cleanup.run();
  }
  await report(outcome.figures, new URL('../results.json', import.meta.url));
  const missing = Object.entries(outcome.missing);
  for (const [name, why] of missing) process.stdout.write(`not measured: ${name}: ${why}\n`);
  process.stdout.write(`load average (1, 5, 15 min) at start: ${loadAtStart}; at end: ${loadAverage()} on ${os.cpus().length} CPUs\n`);
  return missing.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    log(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
