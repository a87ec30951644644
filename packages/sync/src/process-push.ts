import type { Role } from '@tillsafe/domain';
import { correctionRefs } from './corrections';
import { formatHlc, parseHlc } from './hlc';
import { MutationRejected, type MutatorContext } from './mutator';
import { mutationReads, parseMutation, parsedReads, runParsed, type ParsedMutation } from './mutators';
import { OverlayTx } from './overlay-tx';
import { hasWrites, type RecordRef, type RecordStore, type WriteSet } from './record-store';
import type { Mutation, MutationResult } from './wire';

export interface DeviceScope {
  deviceId: string;
  channelId: string;
  warehouseId: string;
}

/** A push the protocol refuses as a whole (HTTP 4xx), as opposed to a rejected mutation. */
export class PushRefused extends Error {
  constructor(
    readonly code: 'SEQ_GAP' | 'NON_CONTIGUOUS_BATCH',
    message: string,
    readonly expectedSeq?: number,
  ) {
    super(message);
    this.name = 'PushRefused';
  }
}

export interface BatchOutcome {
  lastSeq: number;
  results: MutationResult[];
  /** The mutations processed for the first time, with their outcome, for the mutation log. */
  processed: { mutation: Mutation; result: MutationResult }[];
  writes: WriteSet;
  /** Records the batch changed, for the pull change log. */
  changed: RecordRef[];
  /**
   * Records the batch's rejected mutations — rejected now, or the first time a resent one came —
   * may have written on their till, to send back with their current state (corrections.ts).
   */
  corrections: RecordRef[];
}

/** A mutation the server rejected when it first processed it, as its mutation log keeps it. */
export interface LoggedRejection {
  code: string;
  message: string;
  /** A person has replayed or dismissed it since. */
  resolved: boolean;
}

export interface BatchInput {
  device: DeviceScope;
  /** The device's last applied seq, read under a lock held until the batch's effects commit. */
  lastSeq: number;
  mutations: readonly Mutation[];
  roleOf(actorId: string): Role | undefined;
  now(): string;
  /**
   * Of the batch's mutations processed before (`seq ≤ lastSeq`), those rejected then, by seq. A
   * till that lost that answer and sends them again hears `rejected` again (unless a person has
   * resolved it since) and gets the corrections, instead of a `duplicate` that would leave the
   * refused change on it. The server reads them from its log only when a batch repeats seqs.
   */
  earlierRejections?: ReadonlyMap<number, LoggedRejection>;
}

/**
 * The server's half of the push contract (DESIGN §4), free of any database: `seq ≤ lastSeq` is a
 * duplicate and changes nothing; the next seq runs its mutator; a hole is refused. A rejected
 * mutation is still processed (logged, `lastSeq` moves past it) and its writes are dropped, so
 * the good mutations of a batch are never lost because of a bad one. The batch's record writes
 * are saved to the store; the caller stores the log and `lastSeq` in the SAME transaction.
 */
export async function processBatch(store: RecordStore, input: BatchInput): Promise<BatchOutcome> {
  const outcome = await runBatch(store, input);
  if (hasWrites(outcome.writes)) await store.save(outcome.writes);
  return outcome;
}

/**
 * `processBatch` without the final save: the caller saves `writes` itself, in the same
 * transaction as the log and `lastSeq`, and can send all of those statements together.
 */
export async function runBatch(store: RecordStore, input: BatchInput): Promise<BatchOutcome> {
  const { mutations } = input;
  for (let i = 1; i < mutations.length; i++) {
    if (mutations[i]!.seq !== mutations[0]!.seq + i) throw new PushRefused('NON_CONTIGUOUS_BATCH', 'The mutations of a batch must have contiguous, increasing seq numbers.');
  }
  const first = mutations[0];
  if (first && first.seq > input.lastSeq + 1) {
    throw new PushRefused('SEQ_GAP', `Expected seq ${input.lastSeq + 1} but the batch starts at ${first.seq}.`, input.lastSeq + 1);
  }
  // Each fresh mutation's args are parsed once, for the prefetch and for the run.
  const prepared = new Map<number, Prepared | undefined>();
  for (const m of mutations) if (m.seq > input.lastSeq) prepared.set(m.seq, prepare(m, input));
  const tx = new OverlayTx(store);
  await tx.prefetch([...prepared.values()].flatMap((p) => (p && !(p.parsed instanceof MutationRejected) ? parsedReads(p.parsed, p.ctx) : [])));

  let lastSeq = input.lastSeq;
  const results: MutationResult[] = [];
  const processed: BatchOutcome['processed'] = [];
  const rejected: Mutation[] = [];
  for (const mutation of mutations) {
    if (mutation.seq <= input.lastSeq) {
      const earlier = input.earlierRejections?.get(mutation.seq);
      if (earlier) rejected.push(mutation);
      results.push(
        earlier && !earlier.resolved
          ? { id: mutation.id, seq: mutation.seq, status: 'rejected', code: earlier.code, message: earlier.message }
          : { id: mutation.id, seq: mutation.seq, status: 'duplicate' },
      );
      continue;
    }
    const result = await applyOne(tx, mutation, prepared.get(mutation.seq));
    if (result.status === 'rejected') rejected.push(mutation);
    results.push(result);
    processed.push({ mutation, result });
    lastSeq = mutation.seq;
  }
  const writes = tx.writes();
  const changed = [...writes.records, ...(writes.selling ?? [])].map((w): RecordRef => ({ entity: w.entity, id: w.id }));
  const corrections = rejected.length ? await correctionRefs(tx, rejected.map((mutation) => ({ mutation, ctx: readContext(mutation, input) }))) : [];
  return { lastSeq, results, processed, writes, changed, corrections };
}

/** A mutation of a known actor, ready to run: its context and its parsed args, or why they are refused. */
interface Prepared {
  ctx: MutatorContext;
  parsed: ParsedMutation | MutationRejected;
}

/** Undefined when the actor is unknown. */
function prepare(mutation: Mutation, input: BatchInput): Prepared | undefined {
  const role = input.roleOf(mutation.actorId);
  return role && { ctx: contextFor(mutation, input, role), parsed: parseOrRejection(mutation) };
}

/**
 * A context to ask a mutator which records a mutation reads, also for an actor the server does
 * not know: what a mutator reads depends on its args and the device, never on the actor's role.
 */
function readContext(mutation: Mutation, input: BatchInput): MutatorContext {
  return contextFor(mutation, input, input.roleOf(mutation.actorId) ?? 'driver');
}

function parseOrRejection(mutation: Mutation): ParsedMutation | MutationRejected {
  try {
    return parseMutation(mutation);
  } catch (error) {
    if (error instanceof MutationRejected) return error;
    throw error;
  }
}

function contextFor(mutation: Mutation, input: BatchInput, role: Role): MutatorContext {
  return {
    side: 'server',
    deviceId: input.device.deviceId,
    channelId: input.device.channelId,
    warehouseId: input.device.warehouseId,
    actorId: mutation.actorId,
    actorRole: role,
    seq: mutation.seq,
    hlc: mutation.hlc,
    base: mutation.base,
    now: input.now(),
  };
}

/**
 * Runs one prepared mutation in its own layer of the overlay. The checks keep their order: an
 * unknown actor, then a malformed HLC, then an unknown mutator or invalid args, then the capability.
 */
async function applyOne(tx: OverlayTx, mutation: Mutation, prepared: Prepared | undefined): Promise<MutationResult> {
  const base = { id: mutation.id, seq: mutation.seq };
  try {
    if (!prepared) throw new MutationRejected('UNKNOWN_ACTOR', `Staff member ${mutation.actorId} has no role in this till's store (removed from it, or never added); a manager can replay the change from the sync inbox.`);
    const hlc = canonicalHlc(mutation.hlc);
    if (prepared.parsed instanceof MutationRejected) throw prepared.parsed;
    const outcome = await runParsed(tx, prepared.parsed, { ...prepared.ctx, hlc });
    tx.commitMutation();
    return outcome.status === 'applied' ? { ...base, status: 'applied' } : { ...base, status: outcome.status, code: outcome.code, message: outcome.message };
  } catch (error) {
    tx.rollbackMutation();
    if (error instanceof MutationRejected) return { ...base, status: 'rejected', code: error.code, message: error.message };
    throw error;
  }
}

/**
 * A mutation's HLC becomes the stamp of every field it writes: stamps are compared as text and
 * parsed by every till that pulls them. So it is written in the one form that sorts as text
 * (`formatHlc`'s zero padding), and one that is not an HLC at all is refused — stored, it would
 * stop every till's pull.
 */
function canonicalHlc(hlc: string): string {
  try {
    return formatHlc(parseHlc(hlc));
  } catch {
    throw new MutationRejected('VALIDATION_FAILED', `The mutation's timestamp "${hlc.slice(0, 80)}" is not an HLC timestamp (<wall-ms>-<counter>-<deviceId>).`);
  }
}

/**
 * Runs one mutation again — a rejected one a person corrected or approved — over a store, with
 * the same layering as a batch. Returns its result and what it wrote; nothing is written when it
 * is rejected again.
 */
export async function replayMutation(store: RecordStore, mutation: Mutation, ctx: MutatorContext): Promise<{ result: MutationResult; writes: WriteSet }> {
  const tx = new OverlayTx(store);
  await tx.prefetch(mutationReads(mutation, ctx));
  const result = await applyOne(tx, mutation, { ctx, parsed: parseOrRejection(mutation) });
  return { result, writes: await tx.flush() };
}
