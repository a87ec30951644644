import { AsyncLocalStorage } from 'node:async_hooks';
import { sql } from 'drizzle-orm';
import type { Db } from './database';

/** A transaction handle: what every tenant-scoped query runs on. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** The role the server's queries run as: not a superuser, no BYPASSRLS (drizzle/0007). */
export const APP_ROLE = 'tillsafe_app';

/**
 * Narrow keys that open a cross-tenant door for one transaction, each matched by one policy:
 * a device by its token's hash (device auth), a pairing code (enrolment), a user's own
 * memberships (sign-in), an invitation by its token's hash, the platform administrator's view.
 */
export interface Scope {
  tenantId?: string | undefined;
  userId?: string | undefined;
  deviceTokenHash?: string | undefined;
  pairingCode?: string | undefined;
  invitationTokenHash?: string | undefined;
  platformAdmin?: boolean | undefined;
}

/**
 * Runs `fn` in a transaction as the application role with the scope's settings, all local to the
 * transaction: when it ends, the connection is back to its own role with nothing set, so a pooled
 * connection never carries one request's tenant into another's. Row-level security does the rest
 * (DESIGN §6): a query of another tenant's rows finds nothing, a write to one is refused. Inside a
 * running scope it joins that transaction (see withScope).
 */
export function inScope<T>(db: Db, scope: Scope, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return withScope(db, scope, () => fn(current.getStore()!.tx));
}

/** Runs `fn` in one tenant's transaction. */
export function inTenant<T>(db: Db, tenantId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return inScope(db, { tenantId }, fn);
}

/** Switches an open transaction to the application role and sets its scope. */
export async function enterScope(tx: Tx, scope: Scope): Promise<void> {
  await tx.execute(sql`select
    set_config('role', ${APP_ROLE}, true),
    set_config('app.tenant_id', ${scope.tenantId ?? ''}, true),
    set_config('app.user_id', ${scope.userId ?? ''}, true),
    set_config('app.device_token_hash', ${scope.deviceTokenHash ?? ''}, true),
    set_config('app.pairing_code', ${scope.pairingCode ?? ''}, true),
    set_config('app.invitation_token_hash', ${scope.invitationTokenHash ?? ''}, true),
    set_config('app.platform_admin', ${scope.platformAdmin ? 'on' : ''}, true)`);
}

/** Moves an open transaction to another tenant (sign-up creates one; enrolment learns one). */
export async function switchTenant(tx: Tx, tenantId: string): Promise<void> {
  await tx.execute(sql`select set_config('app.tenant_id', ${tenantId}, true)`);
}

/**
 * Moves the running scope's transaction to `scope` for the rest of that transaction, with no way
 * back: for a request that learns its tenant (a device found by its token) and then only works in
 * it. Unlike withScope, nothing is restored afterwards, which spares a round trip per request.
 */
export async function narrowScope(scope: Scope): Promise<void> {
  const open = current.getStore();
  if (!open) throw new Error('narrowScope outside a scope: open one with withScope');
  await enterScope(open.tx, scope);
  open.scope = scope;
}

/**
 * Runs `fn` in the running scope's transaction — a request's, which commits with the request or
 * rolls back with it — or, outside any scope, in a transaction of its own. Inside a request, a
 * nested transaction would be a savepoint: two more round trips, and nothing to keep apart, since
 * a failed write fails the whole request.
 */
export function inTransaction<T>(db: Db, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const open = current.getStore();
  return open ? fn(open.tx) : rootOf(db).transaction(fn);
}

/** The transaction of the running scope, and that scope. */
const current = new AsyncLocalStorage<{ tx: Tx; scope: Scope }>();
const roots = new WeakMap<Db, Db>();

/** The connection behind a scoped handle (itself for a connection). */
function rootOf(db: Db): Db {
  return roots.get(db) ?? db;
}

/**
 * The handle every route and service queries through. It is not a connection: each use goes to
 * the transaction of the scope the request is running in (withScope), and a query outside any
 * scope throws, so no code path of the server can reach the database past row-level security.
 * Scopes are opened on the connection behind it (`db`), only through inScope/withScope.
 */
export function scopedDb(db: Db): Db {
  // The connection is only the proxy's target; every use goes to the running scope's transaction.
  const scoped = new Proxy(db, {
    get(_, property) {
      const tx = current.getStore()?.tx;
      if (!tx) throw new Error(`database used outside a tenant scope (${String(property)}): wrap the work in withScope`);
      const value: unknown = Reflect.get(tx, property, tx);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(tx) : value;
    },
  });
  roots.set(scoped, db);
  return scoped;
}

/**
 * Runs `fn` with the scoped handle pointing at a transaction in `scope`. Inside a scope already,
 * the same transaction moves to the new scope for the duration of `fn` and back afterwards
 * (PGlite has one connection, and a request must see its own writes).
 */
export async function withScope<T>(db: Db, scope: Scope, fn: () => Promise<T>): Promise<T> {
  const open = current.getStore();
  if (!open) {
    return rootOf(db).transaction(async (tx) => {
      await enterScope(tx, scope);
      return current.run({ tx, scope }, fn);
    });
  }
  const outer = open.scope;
  await enterScope(open.tx, scope);
  open.scope = scope;
  let failed = false;
  try {
    return await fn();
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    open.scope = outer;
    // After a failed statement the transaction is aborted and rolls back anyway.
    if (!failed) await enterScope(open.tx, outer);
  }
}
