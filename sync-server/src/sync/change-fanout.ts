import type { ChangeListener } from './change-notifier';

/** How long a tenant's first change waits for the rest of its burst before subscribers hear of it. */
export const COALESCE_MS = 100;

export interface ChangeFanout {
  /** A tenant's change log reached `pos` (in any order: the highest of a burst wins). */
  deliver(tenantId: string, pos: number): void;
  subscribe(tenantId: string, listener: ChangeListener): () => void;
  /** Tenants with at least one subscriber in this process. */
  tenants(): string[];
  close(): void;
}

interface TenantState {
  listeners: Set<ChangeListener>;
  pending: number | undefined;
  timer: ReturnType<typeof setTimeout> | undefined;
}

/**
 * The in-process half of the notifier: subscribers by tenant, and bursts coalesced. The first
 * change of a tenant opens a short window; everything that arrives in it is delivered once, as
 * the highest position seen — so a push of 200 mutations, or ten tills pushing at once, is one
 * poke. Tenants nobody here listens to cost nothing.
 */
export function createChangeFanout(coalesceMs = COALESCE_MS): ChangeFanout {
  const byTenant = new Map<string, TenantState>();

  const flush = (state: TenantState) => {
    state.timer = undefined;
    const pos = state.pending;
    state.pending = undefined;
    if (pos === undefined) return;
    for (const listener of [...state.listeners]) listener(pos);
  };

  return {
    deliver(tenantId, pos) {
      const state = byTenant.get(tenantId);
      if (!state) return;
      state.pending = Math.max(state.pending ?? pos, pos);
      state.timer ??= setTimeout(() => {
        flush(state);
      }, coalesceMs);
    },
    subscribe(tenantId, listener) {
      let state = byTenant.get(tenantId);
      if (!state) {
        state = { listeners: new Set(), pending: undefined, timer: undefined };
        byTenant.set(tenantId, state);
      }
      const own = state;
      own.listeners.add(listener);
      return () => {
        own.listeners.delete(listener);
        if (own.listeners.size > 0 || byTenant.get(tenantId) !== own) return;
        clearTimeout(own.timer);
        byTenant.delete(tenantId);
      };
    },
    tenants: () => [...byTenant.keys()],
    close() {
      for (const state of byTenant.values()) clearTimeout(state.timer);
      byTenant.clear();
    },
  };
}
