import { z } from 'zod';
import {
  enrollResponseSchema,
  formatHlc,
  PROTOCOL_VERSION,
  pullResponseSchema,
  pushResponseSchema,
  tickHlc,
  uuidv7,
  type Change,
  type EnrollResponse,
  type Hlc,
  type Mutation,
  type MutationResult,
  type PushResponse,
  type VersionVector,
} from '@tillsafe/sync';

/**
 * A till as the chaos tests drive it: an outbox of mutations with contiguous seqs (kept whole,
 * as a journal, so any seq can be sent again), an HLC, single push requests whose answers are
 * recorded or thrown away, and pulls. The retry rules live in push-until-acked.ts.
 */

/** The error body, read loosely: SEQ_GAP's `expectedSeq` sits beside the code. */
const errorSchema = z.object({ error: z.object({ code: z.string(), message: z.string().optional(), expectedSeq: z.int().optional() }) });

export type PushAttempt =
  | { kind: 'answered'; response: PushResponse }
  | { kind: 'refused'; status: number; code: string; expectedSeq?: number | undefined; message?: string | undefined }
  | { kind: 'lost'; reason: string };

export interface TillStats {
  requests: number;
  answered: number;
  lost: number;
  /** Answers thrown away on purpose (pushAndDropAnswer). */
  dropped: number;
  seqGaps: number;
  /** SEQ_GAPs whose expectedSeq was at or below an acknowledged seq: a durability failure. */
  ackRegressions: number;
}

/** What a till tells its observers: a push request left, or an answer was taken. */
export type TillEvent = 'send' | 'answer';

export class ChaosTill {
  readonly outbox: Mutation[] = [];
  /** Highest seq a 200 answer acknowledged. */
  acked = 0;
  readonly stats: TillStats = { requests: 0, answered: 0, lost: 0, dropped: 0, seqGaps: 0, ackRegressions: 0 };
  /** Every result the server gave for each seq, across all attempts. */
  readonly results = new Map<number, MutationResult[]>();
  /** Push requests sent and not yet settled. */
  inFlight = 0;
  private clock: Hlc;
  private readonly listeners = { send: new Set<() => void>(), answer: new Set<() => void>() };

  constructor(
    readonly enrolment: EnrollResponse,
    readonly name: string,
  ) {
    this.clock = { wall: 0, counter: 0, node: enrolment.deviceId };
  }

  get deviceId(): string {
    return this.enrolment.deviceId;
  }

  get lastSeq(): number {
    return this.outbox.length;
  }

  /** Writes a mutation to the outbox, as the till does in the same transaction as its local effect. */
  record(name: string, args: unknown, actorId: string, base?: Record<string, VersionVector>): Mutation {
    this.clock = tickHlc(this.clock, Date.now());
    const mutation: Mutation = { id: uuidv7(), seq: this.outbox.length + 1, name, args, hlc: formatHlc(this.clock), actorId, ...(base ? { base } : {}) };
    this.outbox.push(mutation);
    return mutation;
  }

  /** Mutations from `fromSeq`, at most `count` of them. */
  slice(fromSeq: number, count: number): Mutation[] {
    return this.outbox.slice(fromSeq - 1, fromSeq - 1 + count);
  }

  /** The outcome the server gave the mutation when it first processed it (not a later `duplicate`). */
  outcomeOf(mutation: Mutation): MutationResult | undefined {
    const seen = this.results.get(mutation.seq) ?? [];
    return seen.find((r) => r.status !== 'duplicate') ?? seen[0];
  }

  /** Calls `listener` at each event (a request leaving, an answer taken); returns the unsubscribe. */
  on(event: TillEvent, listener: () => void): () => void {
    this.listeners[event].add(listener);
    return () => this.listeners[event].delete(listener);
  }

  /** One push request; the answer is read and recorded. A body cut off by a dying server is `lost`. */
  async push(url: string, mutations: readonly Mutation[], timeoutMs = 20_000): Promise<PushAttempt> {
    const controller = new AbortController();
    const timer = setTimeout(() => {
      controller.abort();
    }, timeoutMs);
    this.inFlight++;
    let status: number;
    let json: unknown;
    try {
      const res = await this.send(url, mutations, controller.signal);
      status = res.status;
      json = await res.json();
    } catch (error) {
      return this.lost(reasonOf(error));
    } finally {
      clearTimeout(timer);
      this.inFlight--;
    }
    if (status === 200) {
      const response = pushResponseSchema.parse(json);
      this.take(response, mutations);
      return { kind: 'answered', response };
    }
    const parsed = errorSchema.safeParse(json);
    if (status >= 500) return this.lost(`HTTP ${status} ${parsed.success ? parsed.data.error.code : ''}`);
    const error = parsed.success ? parsed.data.error : { code: `HTTP_${status}`, message: JSON.stringify(json) };
    return { kind: 'refused', status, code: error.code, expectedSeq: error.expectedSeq, message: error.message };
  }

  /**
   * Sends a push and throws its answer away: after the headers ('after-commit', so the server
   * has committed), or after `abortAfterMs` whatever state the request is in ('abort'). The till
   * learns nothing from it, as when a connection drops right after the server wrote the answer.
   */
  async pushAndDropAnswer(url: string, mutations: readonly Mutation[], how: { mode: 'after-commit' } | { mode: 'abort'; abortAfterMs: number }): Promise<void> {
    const controller = new AbortController();
    const timer = setTimeout(
      () => {
        controller.abort();
      },
      how.mode === 'abort' ? how.abortAfterMs : 20_000,
    );
    try {
      const res = await this.send(url, mutations, controller.signal);
      if (how.mode === 'after-commit' && res.status !== 200) throw new Error(`the dropped push was answered ${res.status}: ${await res.text()}`);
      controller.abort();
    } catch (error) {
      if (!controller.signal.aborted) throw error;
    } finally {
      clearTimeout(timer);
      this.stats.dropped++;
    }
  }

  /** Pushes the backlog up to and including `lastSeq` in one request, which must be answered. */
  async pushThrough(url: string, lastSeq: number): Promise<PushResponse> {
    const from = this.acked + 1;
    const attempt = await this.push(url, this.slice(from, lastSeq - from + 1));
    if (attempt.kind !== 'answered') throw new Error(`${this.name}: the push of seq ${from}…${lastSeq} was not answered: ${JSON.stringify(attempt)}`);
    return attempt.response;
  }

  /** Pulls the whole change log from the start, page by page. */
  async pullAll(url: string): Promise<Change[]> {
    const changes: Change[] = [];
    let cursor = '';
    for (let page = 0; page < 100; page++) {
      const res = await fetch(`${url}/api/v1/sync/pull?cursor=${encodeURIComponent(cursor)}&limit=5000`, {
        headers: { authorization: `Bearer ${this.enrolment.deviceToken}` },
        signal: AbortSignal.timeout(20_000),
      });
      if (!res.ok) throw new Error(`${this.name}: pull answered ${res.status}: ${await res.text()}`);
      const body = pullResponseSchema.parse(await res.json());
      changes.push(...body.changes);
      cursor = body.cursor;
      if (!body.hasMore) return changes;
    }
    throw new Error(`${this.name}: the pull did not end after 100 pages`);
  }

  private send(url: string, mutations: readonly Mutation[], signal: AbortSignal): Promise<Response> {
    this.stats.requests++;
    for (const listener of this.listeners.send) listener();
    return fetch(`${url}/api/v1/sync/push`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.enrolment.deviceToken}` },
      body: JSON.stringify({ protocolVersion: PROTOCOL_VERSION, deviceId: this.deviceId, mutations }),
      signal,
    });
  }

  private take(response: PushResponse, sent: readonly Mutation[]): void {
    this.stats.answered++;
    const bySeq = new Map(sent.map((m) => [m.seq, m]));
    for (const result of response.results) {
      if (bySeq.get(result.seq)?.id !== result.id) throw new Error(`${this.name}: the answer names seq ${result.seq} with id ${result.id}, which was not sent as that seq`);
      const seen = this.results.get(result.seq);
      if (seen) seen.push(result);
      else this.results.set(result.seq, [result]);
    }
    this.acked = Math.max(this.acked, response.lastSeq);
    for (const listener of this.listeners.answer) listener();
  }

  private lost(reason: string): PushAttempt {
    this.stats.lost++;
    return { kind: 'lost', reason };
  }
}

/** The latest pulled data of a record, as a till would hold it. */
export function recordIn(changes: readonly Change[], entity: string, id: string): unknown {
  return changes.findLast((c) => c.entity === entity && c.id === id)?.data;
}

/** The version of a record a till pulled: what it sends as `base` when it edits the record. */
export function versionIn(changes: readonly Change[], entity: string, id: string): VersionVector {
  const change = changes.findLast((c) => c.entity === entity && c.id === id);
  if (!change) throw new Error(`the pull did not carry ${entity} ${id}`);
  return change.version;
}

/** Enrols a till through a server's HTTP API. */
export async function enrolTill(url: string, pairingCode: string, name: string): Promise<ChaosTill> {
  const res = await fetch(`${url}/api/v1/devices/enroll`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ pairingCode, name }),
    signal: AbortSignal.timeout(20_000),
  });
  if (res.status !== 201) throw new Error(`enrolment answered ${res.status}: ${await res.text()}`);
  return new ChaosTill(enrollResponseSchema.parse(await res.json()), name);
}

function reasonOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
  return `${error.name}: ${error.message}${cause}`;
}
