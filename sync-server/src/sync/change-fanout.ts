import type { ChangeListener } from './change-notifier';

/** After a poke, how long a tenant's further changes wait to be delivered together. */
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
  /** The highest position delivered so far; what is not above it is never delivered again. */
  delivered: number;
  /** The highest position heard within the open window, not yet delivered. */
  pending: number | undefined;
  /** The open window, if any: while it runs, changes wait for its end. */
  timer: ReturnType<typeof setTimeout> | undefined;
}

/**
 * The in-process half of the notifier: subscribers by tenant, and bursts coalesced with a
 * leading and a trailing edge (a throttle). A change that finds the tenant quiet is delivered at
 * once — a tab line added on one till is on its way to the others without waiting — and opens a
 * window of `coalesceMs`; everything arriving in that window is delivered once at its end, as the
 * highest position seen, which opens the next window. So a push of 200 mutations, or ten tills
 * pushing at once, is at most two pokes, and a steady stream is one poke per window. A position
 * never goes backwards: one not above what was already delivered (a NOTIFY overtaken by a later
 * one) is dropped. Tenants nobody here listens to cost nothing.
 */
export function createChangeFanout(coalesceMs = COALESCE_MS): ChangeFanout {
  const byTenant = new Map<string, TenantState>();

  const send = (state: TenantState, pos: number) => {
    state.delivered = pos;
    for (const listener of [...state.listeners]) listener(pos);
  };

  const openWindow = (state: TenantState) => {
    state.timer = setTimeout(() => {
      closeWindow(state);
    }, coalesceMs);
  };

  /** The window's end: what it gathered goes out and opens the next window; nothing, and the tenant is quiet again. */
  const closeWindow = (state: TenantState) => {
    state.timer = undefined;
    const pos = state.pending;
    state.pending = undefined;
    if (pos === undefined || pos <= state.delivered) return;
    openWindow(state);
    send(state, pos);
  };

  return {
    deliver(tenantId, pos) {
      const state = byTenant.get(tenantId);
      if (!state || pos <= state.delivered) return;
      if (state.timer !== undefined) {
        state.pending = Math.max(state.pending ?? pos, pos);
        return;
      }
      openWindow(state);
      send(state, pos);
    },
    subscribe(tenantId, listener) {
      let state = byTenant.get(tenantId);
      if (!state) {
        state = { listeners: new Set(), delivered: -1, pending: undefined, timer: undefined };
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
