import type { ChaosTill, PushAttempt, TillEvent } from './chaos-till';

/**
 * How a correct till pushes its outbox when anything can go wrong between it and the database:
 * - only a 200 answer acknowledges anything, and it acknowledges everything up to its `lastSeq`;
 * - on a network error, a timeout or a 5xx, nothing is known: send again from the first
 *   unacknowledged seq (the server answers `duplicate` for whatever it had already committed);
 * - on 409 SEQ_GAP, the server has everything before `expectedSeq` and nothing after: resume
 *   from `expectedSeq`. With one request in flight this never happens; with two, a later batch
 *   can overtake an earlier one. An `expectedSeq` at or below an acknowledged seq would mean
 *   the server lost a commit it had acknowledged: it is counted (the tests demand zero) and the
 *   till resends from its journal rather than strand the mutations.
 * Retries back off exponentially (up to MAX_BACKOFF_MS), so a restarting server is not hammered.
 */
export interface PushOptions {
  /** Where the next request goes; asked before each request, so a dead server can be replaced. */
  endpoint: () => string;
  batchSize: number;
  /** Requests in flight at once; 2 lets a later batch overtake an earlier one (SEQ_GAP). */
  inFlight?: number;
  /** Gives up (throws) when the outbox is still not acknowledged by then. */
  timeoutMs: number;
  /** Each request is abandoned (and counted as lost) after this long. */
  requestTimeoutMs?: number;
}

const MAX_BACKOFF_MS = 250;

/** Pushes until the server has acknowledged the whole outbox, by the rules above. */
export async function pushUntilAcked(till: ChaosTill, options: PushOptions): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  const slots = options.inFlight ?? 1;
  let next = till.acked + 1;
  let failures = 0;
  const running = new Set<Promise<void>>();

  const settle = (attempt: PushAttempt, first: number) => {
    if (attempt.kind === 'answered') {
      failures = 0;
      return;
    }
    if (attempt.kind === 'lost') {
      failures++;
      next = Math.min(next, first);
      return;
    }
    if (attempt.code === 'SEQ_GAP' && attempt.expectedSeq !== undefined) {
      till.stats.seqGaps++;
      if (attempt.expectedSeq <= till.acked) {
        till.stats.ackRegressions++;
        till.acked = attempt.expectedSeq - 1;
      }
      next = Math.min(next, attempt.expectedSeq);
      return;
    }
    throw new Error(`${till.name}: the push of seq ${first}… was refused with ${attempt.status} ${attempt.code}: ${attempt.message ?? ''}`);
  };

  const launch = (): boolean => {
    next = Math.max(next, till.acked + 1);
    const batch = till.slice(next, options.batchSize);
    if (batch.length === 0) return false;
    next += batch.length;
    const first = batch[0]!.seq;
    const request: Promise<void> = till
      .push(options.endpoint(), batch, options.requestTimeoutMs)
      .then((attempt) => {
        settle(attempt, first);
      })
      .finally(() => running.delete(request));
    running.add(request);
    return true;
  };

  while (till.acked < till.lastSeq) {
    if (Date.now() > deadline) {
      throw new Error(`${till.name}: the outbox was not acknowledged within ${options.timeoutMs} ms (acked ${till.acked} of ${till.lastSeq}; ${JSON.stringify(till.stats)})`);
    }
    if (running.size === 0 && failures > 0) await sleep(Math.min(MAX_BACKOFF_MS, 5 * 2 ** failures));
    while (running.size < slots && launch()) {
      // one more request in flight
    }
    if (running.size === 0) next = till.acked + 1;
    else await Promise.race(running);
  }
  await Promise.all(running);
}

/** Resolves at the next `event` of any of the tills (a push sent, an answer taken); rejects after `timeoutMs`. */
export function nextEvent(tills: readonly ChaosTill[], event: TillEvent, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      for (const stop of off) stop();
      reject(new Error(`no till saw a ${event} within ${timeoutMs} ms`));
    }, timeoutMs);
    const off = tills.map((t) =>
      t.on(event, () => {
        clearTimeout(timer);
        for (const stop of off) stop();
        resolve();
      }),
    );
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
