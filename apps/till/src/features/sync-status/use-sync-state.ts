import { useStore } from 'zustand';
import { syncStore } from '../../app/services';
import type { SyncState } from '../../sync-client/sync-store';

export function useSyncState<T>(select: (state: SyncState) => T): T {
  return useStore(syncStore, select);
}
