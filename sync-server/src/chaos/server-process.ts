import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

/**
 * Real sync-server processes for the chaos tests: `node --import tsx src/main.ts`, spawned
 * directly (not through the tsx CLI, which would put a second process in between) so a SIGKILL
 * reaches the server itself, the way a power cut or the OOM killer would.
 */
const PACKAGE_DIR = fileURLToPath(new URL('../..', import.meta.url));
/** A cold start on a loaded 2-core machine takes several seconds (tsx, migrations, seed check). */
const READY_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 5_000;

export interface ServerProcess {
  readonly url: string;
  readonly pid: number;
  /** Everything the process printed, for failure messages. */
  output(): string;
  /** True once the process has exited for any reason. */
  exited(): boolean;
  /** Kills the process at once, without letting it close anything. Resolves when it is gone. */
  sigkill(): Promise<void>;
  /** SIGTERM (graceful close), then SIGKILL if it has not exited in time. */
  stop(): Promise<void>;
}

export interface ServerOptions {
  databaseUrl: string;
  pairingCode: string;
}

/** Every process the suite started, so `stopAll` can end them whatever happened. */
export class ServerFleet {
  private readonly all: ServerProcess[] = [];
  private closed = false;

  start(options: ServerOptions): Promise<ServerProcess> {
    return startServer(options, (p) => {
      this.all.push(p);
      // A start that was still finding a port when the suite ended must not outlive it.
      if (this.closed) void p.sigkill();
    });
  }

  async stopAll(): Promise<void> {
    this.closed = true;
    await Promise.all(this.all.map((p) => p.stop()));
  }
}

async function startServer(options: ServerOptions, register: (p: ServerProcess) => void): Promise<ServerProcess> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: options.databaseUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
    SEED_PAIRING_CODE: options.pairingCode,
  };
  delete env.DATA_DIR;
  delete env.TILL_DIR;
  delete env.INIT_CWD;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: PACKAGE_DIR, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const gone = new Promise<void>((resolve) => {
    child.once('exit', () => {
      resolve();
    });
  });
  const url = `http://127.0.0.1:${port}`;
  const server: ServerProcess = {
    url,
    pid: child.pid ?? -1,
    output: () => output,
    exited: () => isGone(child),
    async sigkill() {
      if (!isGone(child)) child.kill('SIGKILL');
      await gone;
    },
    async stop() {
      if (isGone(child)) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await gone;
      clearTimeout(timer);
    },
  };
  register(server);
  await waitUntilHealthy(server);
  return server;
}

async function waitUntilHealthy(server: ServerProcess): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (server.exited()) throw new Error(`the server (pid ${server.pid}) exited while starting:\n${server.output()}`);
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(`the server (pid ${server.pid}) did not answer /api/health within ${READY_TIMEOUT_MS} ms:\n${server.output()}`);
    }
    const health = await fetch(`${server.url}/api/health`, { signal: AbortSignal.timeout(2_000) }).catch(() => undefined);
    if (health?.ok) return;
    await sleep(100);
  }
}

function isGone(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => {
        resolve(port);
      });
    });
  });
}

/**
 * "The store's server" that the chaos test keeps killing: one live process and standbys on the
 * same database. Each kill is a SIGKILL of the live process and the next standby takes over, so
 * the tills see the server come back at another address, as behind a load balancer. The first
 * `restarts` kills also start the killed server again on the same database, queued behind the
 * standbys; when no standby waits, the kill waits for a fresh start. Standbys started ahead of
 * time keep the test pushing rather than waiting for cold starts.
 */
export class RestartingServer {
  kills = 0;
  /** Milliseconds from each kill until the next process took over. */
  readonly outages: number[] = [];
  constructor(
    private readonly fleet: ServerFleet,
    private readonly options: ServerOptions,
    private live: ServerProcess,
    private readonly standbys: Promise<ServerProcess>[],
    private restarts: number,
  ) {}

  get url(): string {
    return this.live.url;
  }

  /** SIGKILLs the live process and hands over to the next standby. */
  async killAndReplace(): Promise<void> {
    const victim = this.live;
    const killedAt = Date.now();
    await victim.sigkill();
    this.kills++;
    if (this.restarts > 0 || this.standbys.length === 0) {
      this.restarts--;
      this.standbys.push(startAhead(this.fleet, this.options));
    }
    this.live = await this.standbys.shift()!;
    this.outages.push(Date.now() - killedAt);
  }
}

/** A server started ahead of need: a failure to start is reported when it is needed, not as an unhandled rejection. */
export function startAhead(fleet: ServerFleet, options: ServerOptions): Promise<ServerProcess> {
  const started = fleet.start(options);
  started.catch(() => undefined);
  return started;
}
