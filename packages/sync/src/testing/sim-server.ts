import type { Role } from '@tillsafe/domain';
import { MemoryRecordStore } from '../memory-store';
import { processBatch, type DeviceScope, type LoggedRejection } from '../process-push';
import { recordKey, type AnyEntity, type RecordRef, type WriteSet } from '../record-store';
import type { ChangeV2, Mutation, MutationResult, PullResponseV2, PushRequest, PushResponse } from '../wire';

/**
 * Entities the real server's pull sends to a protocol-3 till, and whether with their sync metadata
 * (sync-server pull.ts).
 */
const pulled: Partial<Record<AnyEntity, 'synced' | 'plain'>> = {
  product: 'synced',
  category: 'plain',
  staff: 'plain',
  customer: 'synced',
  channel: 'plain',
  warehouse: 'plain',
  tab: 'synced',
  tabLine: 'synced',
  sale: 'plain',
  draft: 'synced',
  taxCategory: 'plain',
  depositItem: 'plain',
  priceList: 'plain',
  quantityBreak: 'plain',
  promotion: 'plain',
  sellingSettings: 'plain',
  refund: 'plain',
  loyaltyEntry: 'plain',
};

/**
 * The sync server in memory, for the convergence simulation (test only). Pushes go through
 * `processBatch`, exactly as sync-server/src/sync/push.ts runs them: the device's `lastSeq`, the
 * batch's writes, the mutation log and the change log move together or not at all. The change log
 * is compacted per record (one position per record, moved forward each time it changes), and
 * positions are handed out in commit order, as sync-server's change-log.ts does.
 */
export class SimServer {
  readonly store = new MemoryRecordStore();
  /** Every mutation processed for the first time, with its outcome (the server's mutation_log). */
  readonly mutationLog: { deviceId: string; mutation: Mutation; result: MutationResult }[] = [];
  private readonly lastSeqs = new Map<string, number>();
  private readonly changeLog = new Map<string, { entity: AnyEntity; id: string; pos: number }>();
  private position = 0;

  constructor(
    private readonly devices: ReadonlyMap<string, DeviceScope>,
    private readonly staff: ReadonlyMap<string, Role>,
    private readonly clock: () => number,
  ) {}

  /** Stores records created outside mutators (the back office's catalog) and logs them for pull. */
  async seed(writes: WriteSet): Promise<void> {
    await this.store.save(writes);
    this.logChanges([...writes.records, ...(writes.selling ?? [])]);
  }

  lastSeqOf(deviceId: string): number {
    return this.lastSeqs.get(deviceId) ?? 0;
  }

  /**
   * POST /sync/push. A protocol refusal (SEQ_GAP, NON_CONTIGUOUS_BATCH) throws PushRefused. Like
   * sync-server's push.ts, a resent mutation that was rejected the first time is answered from the
   * mutation log, and the answer carries the corrections of every rejected mutation, read after
   * the batch's writes.
   */
  async push(request: PushRequest): Promise<PushResponse> {
    const device = this.devices.get(request.deviceId);
    if (!device) throw new Error(`device ${request.deviceId} is not enrolled`);
    const lastSeq = this.lastSeqOf(device.deviceId);
    const earlierRejections = new Map<number, LoggedRejection>();
    for (const { deviceId, mutation, result } of this.mutationLog) {
      if (deviceId !== device.deviceId || result.status !== 'rejected') continue;
      if (request.mutations.some((m) => m.seq === mutation.seq)) earlierRejections.set(mutation.seq, { code: result.code ?? '', message: result.message ?? '', resolved: false });
    }
    const outcome = await processBatch(this.store, {
      device,
      lastSeq,
      mutations: request.mutations,
      roleOf: (actorId) => this.staff.get(actorId),
      now: () => new Date(this.clock()).toISOString(),
      earlierRejections,
    });
    for (const { mutation, result } of outcome.processed) this.mutationLog.push({ deviceId: device.deviceId, mutation, result });
    this.lastSeqs.set(device.deviceId, outcome.lastSeq);
    this.logChanges(outcome.changed);
    const response: PushResponse = { lastSeq: outcome.lastSeq, results: outcome.results };
    if (outcome.corrections.length) response.corrections = this.currentState(outcome.corrections);
    return response;
  }

  /** Records as a pull would send them now, a `delete` for each one the server does not hold. */
  private currentState(refs: readonly RecordRef[]): ChangeV2[] {
    return refs.flatMap((ref): ChangeV2[] => {
      const kind = pulled[ref.entity];
      if (!kind) return [];
      const found = this.store.records.get(recordKey(ref.entity, ref.id))?.stored;
      if (!found) return [{ entity: ref.entity, id: ref.id, version: {}, op: 'delete', data: null }];
      const meta = kind === 'synced' ? found.meta : { version: {}, fields: {} };
      return [{ entity: ref.entity, id: ref.id, version: meta.version, fields: meta.fields, op: 'put', data: found.data }];
    });
  }

  /** GET /sync/pull: the records whose latest position is past the cursor, in position order. */
  pull(deviceId: string, cursor: string | undefined, limit: number): Promise<PullResponseV2> {
    const after = cursor === undefined || cursor === '' ? 0 : Number(/^p(\d+)$/.exec(cursor)?.[1] ?? Number.NaN);
    if (Number.isNaN(after)) throw new Error(`bad cursor ${String(cursor)}`);
    const rows = [...this.changeLog.values()].filter((r) => r.pos > after).sort((a, b) => a.pos - b.pos);
    const page = rows.slice(0, limit);
    // The change log only holds records the server has, so a page never carries a delete.
    const changes = this.currentState(page).filter((change) => change.op === 'put');
    const last = page.at(-1);
    return Promise.resolve({ cursor: `p${last ? last.pos : after}`, hasMore: rows.length > limit, lastSeq: this.lastSeqOf(deviceId), changes });
  }

  /** True when a till at this cursor has pulled every change. */
  upToDate(cursor: string | undefined): boolean {
    const after = Number(/^p(\d+)$/.exec(cursor ?? '')?.[1] ?? 0);
    return after >= this.position;
  }

  private logChanges(records: readonly { entity: AnyEntity; id: string }[]): void {
    for (const { entity, id } of records) this.changeLog.set(recordKey(entity, id), { entity, id, pos: ++this.position });
  }
}
