import { writeFile } from 'node:fs/promises';

export interface Figure {
  value: number;
  unit: string;
  target?: string;
}

/** Prints figures as a table and writes them to bench/results.json. */
export async function report(figures: Record<string, Figure>, file: URL): Promise<void> {
  const rows = Object.entries(figures).map(([name, f]) => [name, f.value.toLocaleString('en-US', { maximumFractionDigits: 2 }), f.unit, f.target ?? '']);
  const widths = [0, 1, 2, 3].map((i) => Math.max(...[['figure', 'value', 'unit', 'target'], ...rows].map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i === 1 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  process.stdout.write(`\n${line(['figure', 'value', 'unit', 'target'])}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n${rows.map(line).join('\n')}\n\n`);
  await writeFile(file, `${JSON.stringify({ figures: Object.fromEntries(Object.entries(figures).map(([k, f]) => [k, { value: f.value, unit: f.unit }])) }, null, 2)}\n`);
}
