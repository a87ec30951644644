import { useEffect } from 'react';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { summarizeStorage, type StorageSummary } from './storage-estimate';

/** How often the badge re-reads the storage estimate while the till is open. */
const REFRESH_MS = 5 * 60_000;

const storageStatus = createStore<{ summary: StorageSummary | undefined }>(() => ({ summary: undefined }));

/** Reads navigator.storage (estimate and persisted); a browser without it reads as unknown. */
export async function refreshStorageStatus(): Promise<void> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage) {
    storageStatus.setState({ summary: summarizeStorage({ usage: undefined, quota: undefined, persisted: undefined }) });
    return;
  }
  const [estimate, persisted] = await Promise.all([
    storage.estimate().catch(() => undefined),
    typeof storage.persisted === 'function' ? storage.persisted().catch(() => undefined) : Promise.resolve(undefined),
  ]);
  storageStatus.setState({ summary: summarizeStorage({ usage: estimate?.usage, quota: estimate?.quota, persisted }) });
}

/** Asks again for persistent storage (the browser may grant it now, e.g. once installed). */
export async function requestPersistence(): Promise<void> {
  await navigator.storage.persist().catch(() => false);
  await refreshStorageStatus();
}

/** The latest storage summary, refreshed on mount and every few minutes. */
export function useStorageStatus(): StorageSummary | undefined {
  useEffect(() => {
    void refreshStorageStatus();
    const timer = window.setInterval(() => void refreshStorageStatus(), REFRESH_MS);
    return () => {
      window.clearInterval(timer);
    };
  }, []);
  return useStore(storageStatus, (s) => s.summary);
}
