import type { Role } from '@tillsafe/domain';
import { ledgerRefOf, writtenRefs } from '../corrections';
import { formatHlc, parseHlc, receiveHlc, tickHlc, type Hlc } from '../hlc';
import { MemoryRecordStore } from '../memory-store';
import { MutationRejected, type MutatorContext, type MutatorOutcome } from '../mutator';
import { mutationReads, runMutation } from '../mutators';
import { OverlayTx, splitWritten } from '../overlay-tx';
import { MAX_OVERFLOW_DEPTH, overflowTabId } from '../tab-mutators';
import type { DeviceScope } from '../process-push';
import { recordKey, type AnyEntity, type AnyEntityTypes, type RecordRef, type RecordStore, type Stored, type WriteSet } from '../record-store';
import {
  cashEventRecordSchema,
  categoryRecordSchema,
  channelRecordSchema,
  customerRecordSchema,
  draftRecordSchema,
  productRecordSchema,
  saleRecordSchema,
  staffRecordSchema,
  tabLineRecordSchema,
  tabRecordSchema,
  warehouseRecordSchema,
} from '../records';
import {
  depositItemRecordSchema,
  loyaltyEntryRecordSchema,
  priceListRecordSchema,
  promotionRecordSchema,
  quantityBreakRecordSchema,
  refundRecordWireSchema,
  sellingSettingsRecordSchema,
  taxCategoryRecordSchema,
} from '../selling-records';
import type { ChangeV2, Mutation, MutationResult, PullResponseV2, PushResponse, VersionVector } from '../wire';

/** How a protocol-3 till parses each pulled entity (apps/till record-tables.ts). */
const recordSchemas = {
  channel: channelRecordSchema,
  warehouse: warehouseRecordSchema,
  category: categoryRecordSchema,
  product: productRecordSchema,
  staff: staffRecordSchema,
  customer: customerRecordSchema,
  tab: tabRecordSchema,
  tabLine: tabLineRecordSchema,
  sale: saleRecordSchema,
  cashEvent: cashEventRecordSchema,
  draft: draftRecordSchema,
  taxCategory: taxCategoryRecordSchema,
  depositItem: depositItemRecordSchema,
  priceList: priceListRecordSchema,
  quantityBreak: quantityBreakRecordSchema,
  promotion: promotionRecordSchema,
  sellingSettings: sellingSettingsRecordSchema,
  refund: refundRecordWireSchema,
  loyaltyEntry: loyaltyEntryRecordSchema,
} as const;

export interface TillCommit {
  outcome: MutatorOutcome;
  /** The outbox entry written; undefined for a local duplicate (nothing written). */
  entry: Mutation | undefined;
}

/**
 * A till in memory, for the convergence simulation (test only). It follows apps/till's sync
 * client step for step: `commit` is commit-mutation.ts (optimistic apply + outbox entry with the
 * `base` versions it holds, all or nothing), `applyPushResponse` is apply-push-response.ts (keep
 * rejections, trim the outbox to the server's lastSeq, drop a rejected mutation's ledger entries,
 * store the corrections and rebase on them) and `applyPullPage` is apply-pull-page.ts (store the
 * server's records, receive their timestamps, rebase pending mutations that read a replaced
 * record).
 */
export class SimTill {
  readonly store = new MemoryRecordStore();
  outbox: Mutation[] = [];
  readonly rejections: MutationResult[] = [];
  nextSeq = 1;
  cursor: string | undefined = undefined;
  /** Corrections stored, and how many of those moved the pull cursor back (see applyPushResponse). */
  readonly corrected = { changes: 0, rewinds: 0 };
  private hlc: Hlc;

  constructor(
    readonly device: DeviceScope,
    private readonly staff: ReadonlyMap<string, Role>,
    /** The till's own wall clock, which may be wrong. */
    private readonly clock: () => number,
    private readonly newId: () => string,
  ) {
    this.hlc = { wall: 0, counter: 0, node: device.deviceId };
  }

  /** Runs a mutator optimistically and appends it to the outbox; a rejection stores nothing. */
  async commit(name: string, args: unknown, actorId: string): Promise<TillCommit> {
    const at = this.clock();
    const seq = this.nextSeq;
    const hlc = tickHlc(this.hlc, at);
    const ctx = this.context({ actorId, seq, hlc: formatHlc(hlc), base: undefined }, new Date(at).toISOString());
    const tx = new OverlayTx(this.store);
    const base = await baseVersions(tx, mutationReads({ name, args }, ctx));
    const outcome = await runMutation(tx, { name, args }, { ...ctx, base });
    if (outcome.status === 'duplicate') return { outcome, entry: undefined };
    expectDeclared({ name, args }, ctx, await tx.flush());
    const entry: Mutation = { id: this.newId(), seq, name, args, hlc: ctx.hlc, actorId };
    if (Object.keys(base).length) entry.base = base;
    this.outbox.push(entry);
    this.nextSeq = seq + 1;
    this.hlc = hlc;
    return { outcome, entry };
  }

  /**
   * The next push: `limit` outbox entries from `offset` (0 unless the till pipelines pages), up to
   * the first gap in their seqs (a later page's answer may have come back before an earlier one's).
   */
  pushBatch(offset: number, limit: number): Mutation[] {
    const batch = this.outbox.slice(offset, offset + limit);
    const gap = batch.findIndex((m, i) => i > 0 && m.seq !== batch[i - 1]!.seq + 1);
    return gap === -1 ? batch : batch.slice(0, gap);
  }

  /**
   * Settles a push answer. Only the mutations it answers leave the outbox: one the server took
   * in an earlier batch whose answer was lost is sent again, to hear whether it was rejected.
   * `sentCursor` is the pull cursor this till held when it sent the batch: the corrections are
   * the server's state after the batch, newer than anything pulled up to that cursor; if a pull
   * has moved the cursor since, it may have brought something newer still, so the cursor goes back
   * to `sentCursor` and the next pull brings every change since.
   */
  async applyPushResponse(sent: readonly Mutation[], response: PushResponse, sentCursor: string | undefined): Promise<void> {
    const sentBySeq = new Map(sent.map((m) => [m.seq, m]));
    const refused: Mutation[] = [];
    for (const result of response.results) {
      if (result.status !== 'rejected' || result.seq > response.lastSeq) continue;
      const mutation = this.outbox.find((m) => m.seq === result.seq) ?? sentBySeq.get(result.seq);
      if (!mutation) continue;
      refused.push(mutation);
      if (!this.rejections.some((r) => r.seq === result.seq)) this.rejections.push(result);
    }
    const answered = new Set(response.results.filter((r) => r.seq <= response.lastSeq).map((r) => r.seq));
    this.outbox = this.outbox.filter((m) => !answered.has(m.seq));
    const dropped = new Set(refused.map(ledgerRefOf).filter((ref) => ref !== undefined));
    for (const [id, movement] of this.store.ledger) if (dropped.has(movement.refId)) this.store.ledger.delete(id);
    const corrections = response.corrections ?? [];
    if (corrections.length === 0) return;
    this.corrected.changes += corrections.length;
    if (this.cursor !== sentCursor) {
      this.cursor = sentCursor;
      this.corrected.rewinds += 1;
    }
    await this.storeChanges(corrections);
  }

  async applyPullPage(page: PullResponseV2): Promise<void> {
    if (page.changes.some((change) => change.op === 'delete')) throw new Error('the simulated server never deletes in a pull');
    this.cursor = page.cursor;
    await this.storeChanges(page.changes);
  }

  /** Stores the server's records (deleting tombstoned ones), receives their timestamps and rebases. */
  private async storeChanges(changes: readonly ChangeV2[]): Promise<void> {
    const records = changes.flatMap((change) => {
      if (change.op === 'delete') return [];
      const data: unknown = recordSchemas[change.entity].parse(change.data);
      return [{ entity: change.entity, id: change.id, stored: { data, meta: { version: change.version, fields: change.fields ?? {} } } }];
    });
    for (const change of changes) if (change.op === 'delete') this.store.records.delete(recordKey(change.entity, change.id));
    await this.store.save({ ...splitWritten(records), ledger: [], conflicts: [] });
    this.receiveTimestamps(changes);
    await this.rebasePending(new Set(changes.map((c) => recordKey(c.entity, c.id))));
  }

  /** Records of one entity as this till holds them, sorted by id. */
  held<E extends AnyEntity>(entity: E): Stored<AnyEntityTypes[E]>[] {
    return [...this.store.records.values()]
      .filter((r) => r.entity === entity)
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((r) => r.stored as Stored<AnyEntityTypes[E]>);
  }

  private receiveTimestamps(changes: readonly ChangeV2[]): void {
    let newest = '';
    for (const change of changes) for (const stamp of Object.values(change.fields ?? {})) if (stamp.hlc > newest) newest = stamp.hlc;
    if (!newest) return;
    const next = receiveHlc(this.hlc, parseHlc(newest), this.clock());
    if (formatHlc(next) > formatHlc(this.hlc)) this.hlc = next;
  }

  /** Re-runs, in seq order, every pending mutation that reads a record the page replaced. */
  private async rebasePending(replaced: ReadonlySet<string>): Promise<void> {
    if (replaced.size === 0 || this.outbox.length === 0) return;
    await this.replayPending(this.store, (mutation, ctx) => mutationReads(mutation, ctx).some((ref) => replaced.has(recordKey(ref.entity, ref.id))));
  }

  /**
   * Runs pending mutations, in seq order, over a store as this till runs them when it rebases;
   * one the rules refuse is skipped (the server's answer will show it). Returns the skipped ones.
   */
  async replayPending(store: RecordStore, which: (mutation: Mutation, ctx: MutatorContext) => boolean = () => true): Promise<Mutation[]> {
    const tx = new OverlayTx(store);
    const refused: Mutation[] = [];
    for (const mutation of [...this.outbox].sort((a, b) => a.seq - b.seq)) {
      const ctx = this.context(mutation, new Date(parseHlc(mutation.hlc).wall).toISOString());
      if (!which(mutation, ctx)) continue;
      try {
        await runMutation(tx, mutation, ctx);
        tx.commitMutation();
      } catch (error) {
        tx.rollbackMutation();
        if (!(error instanceof MutationRejected)) throw error;
        refused.push(mutation);
      }
    }
    await tx.flush();
    return refused;
  }

  /** A pending mutation's context, as this till runs it (for a test to ask what it reads). */
  contextOf(mutation: Mutation): MutatorContext {
    return this.context(mutation, new Date(parseHlc(mutation.hlc).wall).toISOString());
  }

  private context(mutation: Pick<Mutation, 'actorId' | 'seq' | 'hlc' | 'base'>, now: string): MutatorContext {
    const role = this.staff.get(mutation.actorId);
    if (!role) throw new Error(`staff ${mutation.actorId} is not known on this till`);
    return {
      side: 'till',
      deviceId: this.device.deviceId,
      channelId: this.device.channelId,
      warehouseId: this.device.warehouseId,
      actorId: mutation.actorId,
      actorRole: role,
      seq: mutation.seq,
      hlc: mutation.hlc,
      base: mutation.base,
      now,
    };
  }
}

/**
 * Every record a till writes must be one the server would send back if it rejected the mutation
 * (corrections.ts): one its mutator does not declare would stay on the till, refused or not.
 */
function expectDeclared(mutation: Pick<Mutation, 'name' | 'args'>, ctx: MutatorContext, written: WriteSet): void {
  const declared = new Set<string>();
  for (const ref of writtenRefs(mutation, ctx)) {
    declared.add(recordKey(ref.entity, ref.id));
    if (ref.entity !== 'tab') continue;
    for (let id = ref.id, depth = 0; depth < MAX_OVERFLOW_DEPTH; depth++) declared.add(recordKey('tab', (id = overflowTabId(id))));
  }
  for (const w of [...written.records, ...(written.selling ?? [])]) {
    if (!declared.has(recordKey(w.entity, w.id))) throw new Error(`${mutation.name} wrote ${w.entity} ${w.id}, which its mutator does not declare as written`);
  }
}

/** The versions the till holds of the records a mutation reads (only those it has). */
async function baseVersions(tx: OverlayTx, refs: readonly RecordRef[]): Promise<Record<string, VersionVector>> {
  const base: Record<string, VersionVector> = {};
  for (const ref of refs) {
    const found = await tx.get(ref.entity, ref.id);
    if (found && Object.keys(found.meta.version).length) base[recordKey(ref.entity, ref.id)] = found.meta.version;
  }
  return base;
}
