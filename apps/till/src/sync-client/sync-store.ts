import { createStore, type StoreApi } from 'zustand/vanilla';

/** What the UI shows about sync; written only by the sync engine. */
export interface SyncState {
  /** The browser's own idea (navigator.onLine and its events). */
  navigatorOnline: boolean;
  /** False after a request failed to reach the server, true again after one succeeds. */
  reachable: boolean;
  /** Mutations in the outbox. */
  pending: number;
  /** Mutations the server refused, kept for review. */
  rejections: number;
  lastSyncAt: string | undefined;
  lastError: string | undefined;
  pushing: boolean;
  pulling: boolean;
}

export type SyncStore = StoreApi<SyncState>;

export function createSyncStore(initial: Partial<SyncState> = {}): SyncStore {
  return createStore<SyncState>(() => ({
    navigatorOnline: true,
    reachable: true,
    pending: 0,
    rejections: 0,
    lastSyncAt: undefined,
    lastError: undefined,
    pushing: false,
    pulling: false,
    ...initial,
  }));
}

export function isOnline(state: SyncState): boolean {
  return state.navigatorOnline && state.reachable;
}
