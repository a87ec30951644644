/** What the sync engine needs from its surroundings; the browser's is below, tests bring fakes. */
export interface SyncEnvironment {
  isOnline(): boolean;
  /** Calls back on the browser's `online` / `offline` events; returns an unsubscribe. */
  onConnectivity(listener: (online: boolean) => void): () => void;
  /** Runs a task holding a named lock shared by every tab of this origin. */
  withLock<T>(name: string, task: () => Promise<T>): Promise<T>;
  setTimer(callback: () => void, ms: number): () => void;
  random(): number;
  now(): Date;
}

export function browserEnvironment(): SyncEnvironment {
  return {
    isOnline: () => navigator.onLine,
    onConnectivity(listener) {
      const online = () => {
        listener(true);
      };
      const offline = () => {
        listener(false);
      };
      window.addEventListener('online', online);
      window.addEventListener('offline', offline);
      return () => {
        window.removeEventListener('online', online);
        window.removeEventListener('offline', offline);
      };
    },
    withLock(name, task) {
      // Web Locks keep a second tab from pushing the same outbox at the same time.
      if ('locks' in navigator) return navigator.locks.request(name, task);
      return task();
    },
    setTimer(callback, ms) {
      const handle = window.setTimeout(callback, ms);
      return () => {
        window.clearTimeout(handle);
      };
    },
    random: Math.random,
    now: () => new Date(),
  };
}
