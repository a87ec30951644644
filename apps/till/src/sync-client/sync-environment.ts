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
  /**
   * Opens the server's poke stream (`GET /api/v1/sync/events`) and yields its text as it
   * arrives; ends when the server closes it, throws when it cannot be opened or `signal` aborts.
   * Without it the till does not listen for pokes (poke-listener.ts).
   */
  openEventStream?(token: string, signal: AbortSignal): AsyncIterable<string>;
}

export const EVENTS_PATH = '/api/v1/sync/events';

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
    // fetch rather than EventSource: EventSource cannot send the Authorization header, and the
    // device token does not belong in a URL; the till keeps its own reconnect rules anyway.
    async *openEventStream(token, signal) {
      const response = await fetch(EVENTS_PATH, {
        headers: { accept: 'text/event-stream', authorization: `Bearer ${token}` },
        cache: 'no-store',
        signal,
      });
      if (!response.ok || !response.body) throw new Error(`The event stream answered ${response.status}.`);
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) return;
          yield value;
        }
      } finally {
        await reader.cancel().catch(() => undefined);
      }
    },
  };
}
