import { liveQuery } from 'dexie';
import { getMeta, type Enrolment } from '../db/meta';
import type { TillDb } from '../db/till-db';
import type { SyncApi } from './api-client';
import { retryDelay } from './backoff';
import { describeSyncError } from './describe-sync-error';
import { listenForPokes } from './poke-listener';
import { pullAll, type PullProgress } from './pull';
import { pushOutbox } from './push';
import type { SyncEnvironment } from './sync-environment';
import type { SyncStore } from './sync-store';

const PUSH_LOCK = 'tillsafe-push';
const PULL_LOCK = 'tillsafe-pull';

export type PullResult = { ok: true; products: number } | { ok: false; offline: boolean; message: string };

export interface SyncEngine {
  /** Starts watching the outbox and connectivity; pushes and pulls once. Idempotent. */
  start(): void;
  stop(): void;
  /** Asks for a push as soon as the current task ends (calls in one task push once), e.g. after a local mutation. */
  requestPush(): void;
  pushNow(): Promise<void>;
  /** Resolves once no push, pull or timed retry is running. */
  settled(): Promise<void>;
  pullNow(onProgress?: (progress: PullProgress) => void): Promise<PullResult>;
}

/**
 * Decides when to sync. Pushes on start, on `online`, right after each local mutation and on a
 * backoff timer while the outbox is not empty; pulls on start, on `online`, on a poke, and on the
 * same timer while the server is unreachable with nothing to push (so the badge notices it is
 * back). Failures never touch the outbox: they only change what the sync badge says and when the
 * next retry runs.
 *
 * A local mutation is pushed once the task that made it ends: mutations made together (in one
 * task) still go in one request, and a push already running takes the rest when it is done, so
 * no timer delays a shared tab's line on its way to the other tills. A poke that arrives while
 * this till is draining its outbox waits for the drain: most such pokes are this till's own
 * pushes coming back, and one pull after the drain brings everything, instead of a pull (and a
 * rebase over the still pending outbox) after every batch.
 */
export function createSyncEngine(db: TillDb, api: SyncApi, store: SyncStore, env: SyncEnvironment): SyncEngine {
  let started = false;
  let cleanups: (() => void)[] = [];
  let pushQueued = false;
  let cancelRetry: (() => void) | undefined;
  let retryAttempt = 0;
  let pushing: Promise<void> | undefined;
  let pushAgain = false;
  let pulling: Promise<PullResult> | undefined;
  let retrying: Promise<void> | undefined;

  const recordFailure = (error: unknown) => {
    const failure = describeSyncError(error);
    if (failure.offline) store.setState({ reachable: false });
    else store.setState({ reachable: true, lastError: failure.message });
  };

  const recordSuccess = () => {
    store.setState({ reachable: true, lastError: undefined, lastSyncAt: env.now().toISOString() });
  };

  const scheduleRetry = () => {
    cancelRetry?.();
    const delay = retryDelay(retryAttempt, () => env.random());
    retryAttempt += 1;
    cancelRetry = env.setTimer(() => {
      cancelRetry = undefined;
      retrying = retry().finally(() => {
        retrying = undefined;
      });
    }, delay);
  };

  /** A retry pushes what is pending, or, with nothing to push, pulls to see if the server is back. */
  async function retry(): Promise<void> {
    if ((await pendingCount()) > 0) await pushNow();
    else await pullNow();
  }

  async function pushOnce(): Promise<void> {
    cancelRetry?.();
    cancelRetry = undefined;
    let failed = false;
    store.setState({ pushing: true });
    try {
      const enrolment = readWhileLocking();
      const summary = await env.withLock(PUSH_LOCK, async () => {
        const paired = await enrolment;
        return paired && pushOutbox(db, api, paired, { withPullLock: (task) => env.withLock(PULL_LOCK, task) });
      });
      if (!summary) return;
      recordSuccess();
      failed = summary.stalled;
      // A refused change was undone from records older than a pull had already stored.
      if (summary.pullAgain) void pullNow();
    } catch (error) {
      recordFailure(error);
      failed = true;
    } finally {
      store.setState({ pushing: false });
    }
    if (!failed) retryAttempt = 0;
    if ((await pendingCount()) > 0 || !store.getState().reachable) scheduleRetry();
  }

  /**
   * The enrolment, read while a push or pull waits for its lock (the lock comes from the browser,
   * the read from IndexedDB: waiting for both at once is one wait less before the request). A
   * failed read is seen where it is awaited, under the lock.
   */
  function readWhileLocking(): Promise<Enrolment | undefined> {
    const enrolment = getMeta(db, 'enrolment');
    enrolment.catch(() => undefined);
    return enrolment;
  }

  function pendingCount(): Promise<number> {
    return db.outbox.count().catch(() => 0);
  }

  /** Whether a push was asked for while one ran, clearing the request. */
  function takePushAgain(): boolean {
    const again = pushAgain;
    pushAgain = false;
    return again;
  }

  function pushNow(): Promise<void> {
    if (pushing) {
      pushAgain = true;
      return pushing;
    }
    pushAgain = false;
    pushing = (async () => {
      do await pushOnce();
      while (takePushAgain());
    })().finally(() => {
      pushing = undefined;
    });
    return pushing;
  }

  function pullNow(onProgress?: (progress: PullProgress) => void): Promise<PullResult> {
    if (pulling) return pulling;
    pulling = (async (): Promise<PullResult> => {
      const enrolment = readWhileLocking();
      try {
        return await env.withLock(PULL_LOCK, async (): Promise<PullResult> => {
          const paired = await enrolment;
          if (!paired) return { ok: false, offline: false, message: 'This till is not paired yet.' };
          store.setState({ pulling: true });
          const progress = await pullAll(db, api, paired.deviceToken, onProgress);
          recordSuccess();
          retryAttempt = 0;
          return { ok: true, products: progress.products };
        });
      } catch (error) {
        recordFailure(error);
        scheduleRetry();
        const failure = describeSyncError(error);
        return { ok: false, offline: failure.offline, message: failure.message ?? 'The server cannot be reached. Check the connection and try again.' };
      } finally {
        store.setState({ pulling: false });
      }
    })().finally(() => {
      pulling = undefined;
    });
    return pulling;
  }

  function requestPush(): void {
    if (pushQueued) return;
    pushQueued = true;
    queueMicrotask(() => {
      // Cleared by stop() meanwhile: nothing to do.
      if (!pushQueued) return;
      pushQueued = false;
      void pushNow();
    });
  }

  /**
   * A poke pushes too (DESIGN §4) when the outbox holds something; a drain already under way is
   * waited for before pulling. With nothing to push, the pull starts alone: a till showing a
   * shared tab gets another till's line without an empty push (and its lock) beside it.
   */
  async function onPoke(): Promise<PullResult> {
    const draining = pushing !== undefined;
    if (draining || store.getState().pending > 0) {
      const push = pushNow();
      if (draining) await push;
    }
    return pullNow();
  }

  function watch<T>(query: () => Promise<T>, onValue: (value: T) => void): () => void {
    const subscription = liveQuery(query).subscribe({ next: onValue, error: recordFailure });
    return () => {
      subscription.unsubscribe();
    };
  }

  return {
    start() {
      if (started) return;
      started = true;
      store.setState({ navigatorOnline: env.isOnline() });
      let seenPending: number | undefined;
      cleanups = [
        env.onConnectivity((online) => {
          store.setState({ navigatorOnline: online });
          if (!online) return;
          retryAttempt = 0;
          void pushNow();
          void pullNow();
        }),
        watch(() => db.outbox.count(), (pending) => {
          // Grown without this tab asking (another tab wrote and closed before pushing): push it.
          if (seenPending !== undefined && pending > seenPending) requestPush();
          seenPending = pending;
          store.setState({ pending });
        }),
        watch(() => db.rejections.count(), (rejections) => {
          store.setState({ rejections });
        }),
        // A poke also pushes (DESIGN §4): a till that missed its own retry catches up too.
        listenForPokes(db, env, onPoke),
      ];
      void getMeta(db, 'lastSyncAt').then((lastSyncAt) => {
        if (store.getState().lastSyncAt === undefined && lastSyncAt) store.setState({ lastSyncAt });
      });
      void pushNow();
      void pullNow();
    },
    stop() {
      started = false;
      for (const cleanup of cleanups) cleanup();
      cleanups = [];
      pushQueued = false;
      cancelRetry?.();
    },
    requestPush,
    pushNow,
    async settled() {
      for (let busy = retrying ?? pushing ?? pulling; busy; busy = retrying ?? pushing ?? pulling) {
        await busy.then(
          () => undefined,
          () => undefined,
        );
      }
    },
    pullNow,
  };
}
