import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const SERVER_DIR = fileURLToPath(new URL('../../sync-server', import.meta.url));
/** Ports for the bench's server, clear of the e2e (8797) and dev (8787) ones. */
const PORTS = [8801, 8802, 8803, 8804, 8805, 8806, 8807, 8808, 8809];
/** A cold start on a loaded 2-core machine: tsx, migrations, the seed check. */
const READY_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 5_000;

export interface ServerOptions {
  databaseUrl: string;
  pairingCode: string;
  tillDir: string;
  dataDir: string;
}

export interface BenchServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * The product's server as `pnpm start` runs it (sync-server's `src/main.ts`, serving the built
 * till on the same origin), against the bench's PostgreSQL database. Spawned as
 * `node --import tsx` so stopping it signals the server itself, not a wrapper.
 */
export async function startServer(options: ServerOptions): Promise<BenchServer> {
  const port = await firstFreePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_URL: options.databaseUrl,
    SEED_PAIRING_CODE: options.pairingCode,
    TILL_DIR: options.tillDir,
    DATA_DIR: options.dataDir,
  };
  delete env.INIT_CWD;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: SERVER_DIR, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const gone = new Promise<void>((resolve) => {
    child.once('exit', () => {
      resolve();
    });
  });
  const server: BenchServer = {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      if (isGone(child)) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await gone;
      clearTimeout(timer);
    },
  };
  try {
    await waitUntilHealthy(server.url, child, () => output);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}

async function waitUntilHealthy(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (isGone(child)) throw new Error(`the server exited while starting:\n${output()}`);
    const health = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2_000) }).catch(() => undefined);
    if (health?.ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the server did not answer /api/health within ${READY_TIMEOUT_MS} ms:\n${output()}`);
}

function isGone(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

async function firstFreePort(): Promise<number> {
  const wanted = process.env.BENCH_PORT ? [Number(process.env.BENCH_PORT)] : PORTS;
  for (const port of wanted) if (await isFree(port)) return port;
  throw new Error(`no free port among ${wanted.join(', ')} (set BENCH_PORT)`);
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => {
      resolve(false);
    });
    probe.listen(port, '127.0.0.1', () => {
      probe.close(() => {
        resolve(true);
      });
    });
  });
}
