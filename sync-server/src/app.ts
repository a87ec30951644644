import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import type { ErrorBody } from '@tillsafe/sync';
import type { Database } from './db/database';
import { ApiError } from './errors';
import { enrollRoute } from './routes/enroll-route';
import { eventsRoute, HEARTBEAT_MS } from './routes/events-route';
import { healthRoute } from './routes/health-route';
import { pullRoute } from './routes/pull-route';
import { pushRoute } from './routes/push-route';
import { rejectionsRoute } from './routes/rejections-route';
import type { ChangeNotifier } from './sync/change-notifier';
import { staticTill } from './static-till';

declare module 'hono' {
  interface ContextVariableMap {
    /** Announces a moved change log to every replica's event streams; call it after the commit. */
    notifier: ChangeNotifier;
  }
}

export interface AppOptions {
  database: Database;
  version: string;
  /** The built till (apps/till/dist); served on the same origin when given. */
  tillDir?: string | undefined;
  /** Where unexpected errors are reported (the code and stack, never to the client). */
  logError?: (error: unknown) => void;
  /** Where realtime pokes are published and heard; the database's LISTEN/NOTIFY notifier by default. */
  notifier?: ChangeNotifier | undefined;
  /** Quiet time on an event stream before a heartbeat comment (15 s). */
  eventsHeartbeatMs?: number | undefined;
}

const MAX_BODY_BYTES = 8 * 1024 * 1024;

export function createApp(options: AppOptions) {
  const { db, kind } = options.database;
  const notifier = options.notifier ?? options.database.notifier;
  const app = new Hono();
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => {
        throw new ApiError('BODY_TOO_LARGE', `Request bodies are limited to ${MAX_BODY_BYTES / 1024 / 1024} MiB.`);
      },
    }),
  );
  app.use('/api/*', async (c, next) => {
    c.set('notifier', notifier);
    await next();
  });
  app.route('/api/health', healthRoute(kind, options.version));
  app.route('/api/v1/devices/enroll', enrollRoute(db));
  app.route('/api/v1/sync/push', pushRoute(db));
  app.route('/api/v1/sync/pull', pullRoute(db));
  app.route('/api/v1/sync/rejections', rejectionsRoute(db));
  app.route('/api/v1/sync/events', eventsRoute(db, notifier, options.eventsHeartbeatMs ?? HEARTBEAT_MS));
  app.all('/api/*', (c) => {
    throw new ApiError('NOT_FOUND', `There is no ${c.req.method} ${c.req.path}.`);
  });
  if (options.tillDir) app.route('/', staticTill(options.tillDir));
  app.notFound((c) => c.json({ error: { code: 'NOT_FOUND', message: `There is no ${c.req.method} ${c.req.path}.` } } satisfies ErrorBody, 404));
  app.onError((error, c) => {
    if (error instanceof ApiError) {
      return c.json({ error: { code: error.code, message: error.message, ...error.details } } satisfies ErrorBody, error.status);
    }
    if (error instanceof HTTPException && error.status < 500) {
      return c.json({ error: { code: 'BAD_REQUEST', message: error.message || 'The request could not be understood.' } } satisfies ErrorBody, error.status);
    }
    options.logError?.(error);
    return c.json({ error: { code: 'INTERNAL', message: 'Something went wrong on the server; nothing was lost. Try again.' } } satisfies ErrorBody, 500);
  });
  return app;
}
