import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, vi } from 'vitest';
import { report } from './figures';

test('figures are printed as a table and written as { figures: { name: { value, unit } } }', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-'));
  const file = pathToFileURL(path.join(dir, 'results.json'));
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  await report({ push_mutations_per_s: { value: 6123.4, unit: 'mutations/s', target: '≥ 5,000' } }, file);
  const printed = out.mock.calls.map((c) => String(c[0])).join('');
  out.mockRestore();
  expect(printed).toMatch(/push_mutations_per_s\s+6,123\.4\s+mutations\/s\s+≥ 5,000/);
  expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ figures: { push_mutations_per_s: { value: 6123.4, unit: 'mutations/s' } } });
});
