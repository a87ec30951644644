import type { Context, Env } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { Db } from '../db/database';
import { withScope, type Scope } from '../db/tenant-scope';
import type { ChangeNotifier } from '../sync/change-notifier';

/**
 * Runs the rest of the request in one transaction of `scope` (db/tenant-scope.ts): what the
 * handler writes commits together when it succeeds and rolls back when it fails. Pokes the
 * handler publishes wait for the commit, so a till never pulls before the change is visible.
 */
export function requestScope<E extends Env>(db: Db, scopeOf: (c: Context<E>) => Scope) {
  return createMiddleware<E>((c, next) => runInScope(c, db, scopeOf(c), next));
}

/** requestScope's body, for middlewares that learn the scope themselves (device and user auth). */
export async function runInScope(c: Context, db: Db, scope: Scope, next: () => Promise<void>): Promise<void> {
  const real: ChangeNotifier = c.var.notifier;
  const moved = new Set<string>();
  c.set('notifier', {
    publish: (tenantId) => {
      moved.add(tenantId);
      return Promise.resolve();
    },
    subscribe: (tenantId, listener) => real.subscribe(tenantId, listener),
  });
  const outcome = { failed: false };
  try {
    await withScope(db, scope, async () => {
      await next();
      // Hono has turned the handler's error into a response already; throwing rolls its writes back.
      if (c.error) {
        outcome.failed = true;
        throw c.error;
      }
    });
  } catch (error) {
    if (!outcome.failed) throw error;
  } finally {
    c.set('notifier', real);
  }
  if (!outcome.failed) for (const tenantId of moved) await real.publish(tenantId);
}
