import { startTestPostgres } from '@tillsafe/sync-server/testing';
import { report, type Figure } from './figures';
import { pushThroughput } from './push-throughput';

/** `pnpm bench`: measures and prints the figures, writes bench/results.json. No pass/fail. */
async function main() {
  const pg = await startTestPostgres((line) => process.stderr.write(`${line}\n`));
  const figures: Record<string, Figure> = {};
  try {
    process.stderr.write('push_mutations_per_s: pushing 10,000 sales in batches of 200…\n');
    figures.push_mutations_per_s = { value: Math.round(await pushThroughput(pg)), unit: 'mutations/s', target: '≥ 5,000' };
  } finally {
    await pg.stop();
  }
  await report(figures, new URL('../results.json', import.meta.url));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
