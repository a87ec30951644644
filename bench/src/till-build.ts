import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Builds the till the way `pnpm start` does (`vite build` of apps/till), into `outDir` rather than
 * apps/till/dist, so a bench run never swaps files under another server serving that folder.
 */
export async function buildTill(outDir: string, log: (line: string) => void): Promise<void> {
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn('pnpm', ['--filter', '@tillsafe/till', 'exec', 'vite', 'build', '--outDir', outDir, '--emptyOutDir'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (d: Buffer) => output.push(d.toString()));
    child.stderr.on('data', (d: Buffer) => output.push(d.toString()));
    child.once('error', reject);
    child.once('exit', resolve);
  });
  if (code !== 0 || !existsSync(path.join(outDir, 'index.html'))) throw new Error(`building the till failed (exit ${code}):\n${output.join('')}`);
  log(`till built into a temporary folder`);
}
