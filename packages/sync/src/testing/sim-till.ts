import type { Role } from '@tillsafe/domain';
import { formatHlc, parseHlc, receiveHlc, tickHlc, type Hlc } from '../hlc';
import { MemoryRecordStore } from '../memory-store';
import { MutationRejected, type MutatorContext, type MutatorOutcome } from '../mutator';
import { mutationReads, runMutation } from '../mutators';
import { OverlayTx, splitWritten } from '../overlay-tx';
import type { DeviceScope } from '../process-push';
import { recordKey, type AnyEntity, type AnyEntityTypes, type RecordRef, type RecordStore, type Stored } from '../record-store';
import {
  cashEventRecordSchema,
  categoryRecordSchema,
  channelRecordSchema,
  customerRecordSchema,
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
import type { Mutation, MutationResult, PullResponseV2, PushResponse, VersionVector } from '../wire';

/** How a protocol-2 till parses each pulled entity (apps/till record-tables.ts). */
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
 * rejections, trim the outbox to the server's lastSeq) and `applyPullPage` is apply-pull-page.ts
 * (store the server's records, receive their timestamps, rebase pending mutations that read a
 * replaced record).
 */
export class SimTill {
  readonly store = new MemoryRecordStore();
  outbox: Mutation[] = [];
  readonly rejections: MutationResult[] = [];
  nextSeq = 1;
  cursor: string | undefined = undefined;
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
    await tx.flush();
    const entry: Mutation = { id: this.newId(), seq, name, args, hlc: ctx.hlc, actorId };
    if (Object.keys(base).length) entry.base = base;
    this.outbox.push(entry);
    this.nextSeq = seq + 1;
    this.hlc = hlc;
    return { outcome, entry };
  }

  /** The next push: `limit` outbox entries from `offset` (0 unless the till pipelines pages). */
  pushBatch(offset: number, limit: number): Mutation[] {
    return this.outbox.slice(offset, offset + limit);
  }

  applyPushResponse(sent: readonly Mutation[], response: PushResponse): void {
    const sentBySeq = new Map(sent.map((m) => [m.seq, m]));
    for (const result of response.results) {
      if (result.status !== 'rejected' || result.seq > response.lastSeq) continue;
      if (!this.outbox.some((m) => m.seq === result.seq) && !sentBySeq.has(result.seq)) continue;
      if (!this.rejections.some((r) => r.seq === result.seq)) this.rejections.push(result);
    }
    this.outbox = this.outbox.filter((m) => m.seq > response.lastSeq);
  }

  async applyPullPage(page: PullResponseV2): Promise<void> {
    const records = page.changes.map((change) => {
      if (change.op === 'delete') throw new Error('the simulated server never deletes');
      const data: unknown = recordSchemas[change.entity].parse(change.data);
      return { entity: change.entity, id: change.id, stored: { data, meta: { version: change.version, fields: change.fields ?? {} } } };
    });
    await this.store.save({ ...splitWritten(records), ledger: [], conflicts: [] });
    this.cursor = page.cursor;
    this.receiveTimestamps(page);
    await this.rebasePending(new Set(records.map((r) => recordKey(r.entity, r.id))));
  }

  /** Records of one entity as this till holds them, sorted by id. */
  held<E extends AnyEntity>(entity: E): Stored<AnyEntityTypes[E]>[] {
    return [...this.store.records.values()]
      .filter((r) => r.entity === entity)
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((r) => r.stored as Stored<AnyEntityTypes[E]>);
  }

  private receiveTimestamps(page: PullResponseV2): void {
    let newest = '';
    for (const change of page.changes) for (const stamp of Object.values(change.fields ?? {})) if (stamp.hlc > newest) newest = stamp.hlc;
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
   * one the rules refuse is skipped (the server's answer will show it).
   */
  async replayPending(store: RecordStore, which: (mutation: Mutation, ctx: MutatorContext) => boolean = () => true): Promise<void> {
    const tx = new OverlayTx(store);
    for (const mutation of [...this.outbox].sort((a, b) => a.seq - b.seq)) {
      const ctx = this.context(mutation, new Date(parseHlc(mutation.hlc).wall).toISOString());
      if (!which(mutation, ctx)) continue;
      try {
        await runMutation(tx, mutation, ctx);
        tx.commitMutation();
      } catch (error) {
        tx.rollbackMutation();
        if (!(error instanceof MutationRejected)) throw error;
      }
    }
    await tx.flush();
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

/** The versions the till holds of the records a mutation reads (only those it has). */
async function baseVersions(tx: OverlayTx, refs: readonly RecordRef[]): Promise<Record<string, VersionVector>> {
  const base: Record<string, VersionVector> = {};
  for (const ref of refs) {
    const found = await tx.get(ref.entity, ref.id);
    if (found && Object.keys(found.meta.version).length) base[recordKey(ref.entity, ref.id)] = found.meta.version;
  }
  return base;
}
