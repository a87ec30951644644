import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import { except } from 'hono/combine';
import { HTTPException } from 'hono/http-exception';
import type { ErrorBody } from '@tillsafe/sync';
import type { Database } from './db/database';
import type { AuthServices } from './auth/auth-services';
import type { EmailSender } from './auth/email-sender';
import { loggingEmailSender } from './auth/email-sender';
import { signingKey } from './auth/signing-key';
import { scopedDb } from './db/tenant-scope';
import { ApiError } from './errors';
import { acceptInvitationRoute } from './routes/accept-invitation-route';
import { adminBusinessesRoute } from './routes/admin-businesses-route';
import { auditRoute } from './routes/audit-route';
import { catalogCsvRoute } from './routes/catalog-csv-route';
import { channelsRoute } from './routes/channels-route';
import { checkoutSettingsRoute } from './routes/checkout-settings-route';
import { devicesRoute } from './routes/devices-route';
import { documentsRoute, isDocumentUpload } from './routes/documents-route';
import { enrollRoute } from './routes/enroll-route';
import { eventsRoute, HEARTBEAT_MS } from './routes/events-route';
import { healthRoute } from './routes/health-route';
import { loginRoute } from './routes/login-route';
import { logoutRoute } from './routes/logout-route';
import { meRoute } from './routes/me-route';
import { membersRoute } from './routes/members-route';
import { onboardingRoute } from './routes/onboarding-route';
import { passwordChangeRoute } from './routes/password-change-route';
import { passwordResetRoute } from './routes/password-reset-route';
import { productsRoute } from './routes/products-route';
import { pullRoute } from './routes/pull-route';
import { pushRoute } from './routes/push-route';
import { quickKeysRoute } from './routes/quick-keys-route';
import { refreshRoute } from './routes/refresh-route';
import { rejectionsRoute } from './routes/rejections-route';
import { salesRoute } from './routes/sales-route';
import { signupRoute } from './routes/signup-route';
import { tillPinRoute } from './routes/till-pin-route';
import type { ChangeNotifier } from './sync/change-notifier';
import { staticTill } from './static-till';
import { unavailableDocumentStore, type DocumentStore } from './storage/document-store';

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
  /** Back-office sign-in: mail, clock, signing key, proxy trust. */
  auth?: AuthOptions | undefined;
  /** Where business documents are kept (storage/); without one, document calls answer 503. */
  documents?: DocumentStore | undefined;
  /** Other origins allowed to call the API (`CORS_ORIGINS`); none by default (same origin only). */
  corsOrigins?: readonly string[] | undefined;
  /** Days of finished business (sales, closed tabs, closed parked sales) a till is sent (`TILL_HISTORY_DAYS`; 90 by default). */
  tillHistoryDays?: number | undefined;
}

/**
 * The till and back office come from this server's own origin and load nothing from elsewhere:
 * scripts, workers and data only from here; inline styles (React's style attribute) and data:
 * or blob: images (receipts, QR codes); never framed, no plugins.
 */
const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  workerSrc: ["'self'"],
  manifestSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

export interface AuthOptions {
  /** Where password reset links go; written to the log by default. */
  emailSender?: EmailSender | undefined;
  /** Milliseconds since the epoch (Date.now by default). */
  clock?: (() => number) | undefined;
  /** Signs access tokens (`AUTH_SECRET`); a key kept in the database when unset. */
  secret?: string | undefined;
  /** Origin for links in emails (`PUBLIC_URL`); the request's origin when unset. */
  publicUrl?: string | undefined;
  /** Take the client address from X-Forwarded-For (`TRUST_PROXY=1`), for sign-in rate limits. */
  trustProxy?: boolean | undefined;
}

const MAX_BODY_BYTES = 8 * 1024 * 1024;

export function createApp(options: AppOptions) {
  const { kind } = options.database;
  // Every query of the app runs as the application role in a tenant scope (db/tenant-scope.ts).
  const db = scopedDb(options.database.db);
  const notifier = options.notifier ?? options.database.notifier;
  const app = new Hono();
  app.use('*', secureHeaders({ contentSecurityPolicy: CONTENT_SECURITY_POLICY, xFrameOptions: 'DENY' }));
  const corsOrigins = options.corsOrigins ?? [];
  if (corsOrigins.length) {
    app.use('/api/*', cors({ origin: [...corsOrigins], allowHeaders: ['Authorization', 'Content-Type'], allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'], maxAge: 600 }));
  }
  const apiBodyLimit = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: () => {
      throw new ApiError('BODY_TOO_LARGE', `Request bodies are limited to ${MAX_BODY_BYTES / 1024 / 1024} MiB.`);
    },
  });
  // Document uploads have their own limit (routes/documents-route.ts).
  app.use('/api/*', except((c) => isDocumentUpload(c.req.method, c.req.path), apiBodyLimit));
  app.use('/api/*', async (c, next) => {
    c.set('notifier', notifier);
    await next();
  });
  app.route('/api/health', healthRoute(kind, options.version));
  const auth = options.auth ?? {};
  const services: AuthServices = {
    db,
    clock: auth.clock ?? Date.now,
    emailSender: auth.emailSender ?? loggingEmailSender((line) => process.stderr.write(`${line}\n`)),
    signingKey: signingKey(db, auth.secret),
    publicUrl: auth.publicUrl,
  };
  const trustProxy = auth.trustProxy ?? false;
  app.route('/api/v1/auth/signup', signupRoute(services, trustProxy));
  app.route('/api/v1/auth/login', loginRoute(services, trustProxy));
  app.route('/api/v1/auth/refresh', refreshRoute(services, trustProxy));
  app.route('/api/v1/auth/logout', logoutRoute(services));
  app.route('/api/v1/auth/password', passwordChangeRoute(services, trustProxy));
  app.route('/api/v1/auth/password-reset', passwordResetRoute(services, trustProxy));
  app.route('/api/v1/me', meRoute(services));
  app.route('/api/v1/auth/invitations/accept', acceptInvitationRoute(services, trustProxy));
  app.route('/api/v1/organisations', channelsRoute(services));
  app.route('/api/v1/organisations', devicesRoute(services, trustProxy));
  app.route('/api/v1/organisations', membersRoute(services, trustProxy));
  app.route('/api/v1/organisations', tillPinRoute(services, trustProxy));
  app.route('/api/v1/organisations', auditRoute(services));
  const documents = options.documents ?? unavailableDocumentStore();
  app.route('/api/v1/organisations', onboardingRoute(services, trustProxy));
  app.route('/api/v1/organisations', productsRoute(services, trustProxy));
  app.route('/api/v1/organisations', catalogCsvRoute(services, trustProxy));
  app.route('/api/v1/organisations', quickKeysRoute(services, trustProxy));
  app.route('/api/v1/organisations', checkoutSettingsRoute(services, trustProxy));
  app.route('/api/v1/organisations', documentsRoute(services, documents, trustProxy));
  app.route('/api/v1/admin/businesses', adminBusinessesRoute(services, documents, trustProxy));
  app.route('/api/v1/devices/enroll', enrollRoute(db));
  app.route('/api/v1/sync/push', pushRoute(db));
  app.route('/api/v1/sync/pull', pullRoute(db, options.tillHistoryDays));
  app.route('/api/v1/sync/rejections', rejectionsRoute(db));
  app.route('/api/v1/sync/sales', salesRoute(db));
  app.route('/api/v1/sync/events', eventsRoute(db, notifier, options.eventsHeartbeatMs ?? HEARTBEAT_MS));
  app.all('/api/*', (c) => {
    throw new ApiError('NOT_FOUND', `There is no ${c.req.method} ${c.req.path}.`);
  });
  if (options.tillDir) app.route('/', staticTill(options.tillDir));
  app.notFound((c) => c.json({ error: { code: 'NOT_FOUND', message: `There is no ${c.req.method} ${c.req.path}.` } } satisfies ErrorBody, 404));
  app.onError((error, c) => {
    if (error instanceof ApiError) {
      const retryAfter = error.details?.retryAfterSeconds;
      if (typeof retryAfter === 'number') c.header('Retry-After', String(retryAfter));
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
