import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestDatabase, startTestPostgres } from '@tillsafe/sync-server/testing';

const root = fileURLToPath(new URL('..', import.meta.url));
export const E2E_PAIRING_CODE = 'E2E-CELLAR';

/**
 * Starts the product the way a user does — `pnpm start` (builds the till, migrates, seeds,
 * serves) — against a fresh database on real PostgreSQL, so the tests can read the stored rows.
 */
export default async function globalSetup() {
  const port = Number(process.env.E2E_PORT ?? 8797);
  const pg = await startTestPostgres((line) => process.stderr.write(`${line}\n`));
  const database = await createTestDatabase(pg.adminUrl, 'tillsafe_e2e');
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'tillsafe-e2e-'));
  process.env.E2E_DATABASE_URL = database.url;
  process.env.E2E_PAIRING_CODE = E2E_PAIRING_CODE;
  // The server's output, as a file: in development it "mails" invitation links to its log.
  const serverLog = path.join(dataDir, 'server.log');
  process.env.E2E_SERVER_LOG = serverLog;
  const logFile = createWriteStream(serverLog);

  const server = spawn('pnpm', ['start'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), DATABASE_URL: database.url, DATA_DIR: dataDir, SEED_PAIRING_CODE: E2E_PAIRING_CODE },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  const collect = (d: Buffer) => {
    output += d.toString();
    logFile.write(d);
  };
  server.stdout.on('data', collect);
  server.stderr.on('data', collect);
  try {
    await waitForHealth(`http://localhost:${port}/api/health`, server, () => output);
  } catch (error) {
    stop(server);
    throw error;
  }

  return async () => {
    stop(server);
    await new Promise((r) => setTimeout(r, 500));
    logFile.end();
    await database.drop();
    await pg.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}

function stop(server: ChildProcess) {
  if (server.pid && server.exitCode === null) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

async function waitForHealth(url: string, server: ChildProcess, output: () => string) {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`pnpm start exited with ${server.exitCode}:\n${output()}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`The server did not become healthy in time:\n${output()}`);
}
