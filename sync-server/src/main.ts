import path from 'node:path';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { loggingEmailSender } from './auth/email-sender';
import { loadConfig } from './config';
import { openDatabase } from './db/database';
import { scopedDb, withScope } from './db/tenant-scope';
import { DEMO } from './seed/demo-organisation';
import { ensureDemoPairingCodes, seedDemoIfEmpty } from './seed/seed-demo';
import { ensureDemoOnboarded } from './seed/demo-onboarding';
import { ensureDemoUsers } from './seed/demo-users';
import { documentStoreFromConfig } from './storage/document-store-config';
import { SERVER_VERSION } from './version';

/* eslint-disable no-console -- the start banner and fatal errors go to the operator's terminal */
async function main() {
  const config = loadConfig(process.env);
  // Relative paths are taken from where the user ran the command (pnpm runs scripts inside the
  // package, but sets INIT_CWD to the folder `pnpm start` was typed in).
  const base = process.env.INIT_CWD ?? process.cwd();
  const dataDir = path.resolve(base, config.DATA_DIR);
  const logError = (error: unknown) => {
    console.error(error);
  };
  const database = await openDatabase({ url: config.DATABASE_URL, dataDir, logError });
  await database.migrate();
  // The demo is seeded as the server runs: the application role, in the demo tenant's scope (and
  // the platform's view, to tell whether any organisation exists yet).
  const seedDb = scopedDb(database.db);
  const { seeded, codes } = await withScope(seedDb, { tenantId: DEMO.tenant.id, platformAdmin: true }, async () => {
    const fresh = await seedDemoIfEmpty(seedDb);
    await ensureDemoUsers(seedDb);
    await ensureDemoOnboarded(seedDb);
    return { seeded: fresh, codes: await ensureDemoPairingCodes(seedDb, config.SEED_PAIRING_CODE) };
  });
  const tillDir = config.TILL_DIR ? path.resolve(base, config.TILL_DIR) : fileURLToPath(new URL('../../apps/till/dist', import.meta.url));
  if (!existsSync(path.join(tillDir, 'index.html'))) console.warn(`No built till at ${tillDir}: run \`pnpm start\` from the repository root to build it.`);
  const documents = documentStoreFromConfig(config, dataDir);
  const app = createApp({
    database,
    documents,
    version: SERVER_VERSION,
    tillDir,
    logError,
    corsOrigins: config.CORS_ORIGINS,
    tillHistoryDays: config.TILL_HISTORY_DAYS,
    auth: {
      // Development mail: reset links are printed here until an SMTP sender is configured.
      emailSender: loggingEmailSender((line) => {
        console.log(line);
      }),
      secret: config.AUTH_SECRET,
      publicUrl: config.PUBLIC_URL,
      trustProxy: config.TRUST_PROXY === '1',
    },
  });
  const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, () => {
    const where = database.kind === 'pglite' ? `PGlite in ${dataDir}` : 'PostgreSQL (DATABASE_URL)';
    console.log(
      [
        '',
        `  Tillsafe ${SERVER_VERSION} is running at http://localhost:${config.PORT}`,
        `  Database: ${where}${seeded ? ' — demo data seeded' : ''}`,
        '',
        '  Demo pairing codes:',
        ...codes.map((c) => `    ${c.channel.padEnd(16)} ${c.code}`),
        '',
        '  Demo staff PINs:',
        ...DEMO.staff.map((s) => `    ${`${s.name} (${s.role})`.padEnd(26)} ${s.pin}`),
        '',
        '  Demo back-office sign-ins (email / password):',
        ...DEMO.users.map((u) => `    ${u.email.padEnd(34)} ${u.password}`),
        `    ${DEMO.platformAdmin.email.padEnd(34)} ${DEMO.platformAdmin.password}  (platform admin: approves businesses)`,
        '',
        `  Business documents: ${documents.description}`,
        '',
      ].join('\n'),
    );
  });
  server.on('error', (error: NodeJS.ErrnoException) => {
    console.error(error.code === 'EADDRINUSE' ? `Port ${config.PORT} is already in use. Stop the other program or set PORT to another port.` : error.message);
    void database.close().finally(() => process.exit(1));
  });
  const shutdown = () => {
    server.close();
    void database.close().finally(() => process.exit(0));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
