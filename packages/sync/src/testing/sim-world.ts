import { priceSale, type Role } from '@tillsafe/domain';
import { createOnce } from '../merge';
import { PushRefused, type DeviceScope } from '../process-push';
import type { ProductRecord, TabRecord } from '../records';
import { beer, channel, warehouseId, wine } from '../test-fixtures';
import { pullResponseV2Schema, pushRequestSchema, pushResponseSchema, type Mutation } from '../wire';
import { caseDeal, refundOwnSale, sellV2, simSettings, type SellingWorld } from './sim-selling';
import { SimServer } from './sim-server';
import { ACTORS, DEMOTED_ACTOR, SHARED_CUSTOMERS, SHARED_TABS, type Fate, type Schedule, type Step } from './sim-steps';
import { SimTill, type TillCommit } from './sim-till';

/** Deterministic UUIDs (v7 layout) from a counter, so a failing schedule replays exactly. */
export function idCounter(start: number): () => string {
  let next = start;
  return () => `0190a0e0-0000-7000-8000-${(next++).toString(16).padStart(12, '0')}`;
}

const fixedId = idCounter(0x5100_0000);
const staffIds = Array.from({ length: ACTORS }, fixedId);
const managerId = staffIds[0]!;
export const demotedId = staffIds[DEMOTED_ACTOR]!;
/** Everyone as every till knows them: a manager, a cashier, a bartender and another manager (actor 0–3). */
const staff: ReadonlyMap<string, Role> = new Map<string, Role>([
  [staffIds[0]!, 'manager'],
  [staffIds[1]!, 'cashier'],
  [staffIds[2]!, 'bartender'],
  [demotedId, 'manager'],
]);
/** As the server knows them: the fourth is a driver now (sim-steps.ts, DEMOTED_ACTOR). */
const serverStaff: ReadonlyMap<string, Role> = new Map([...staff, [demotedId, 'driver']]);
/** The manager who edits the catalog and counts stock: the real one, or the demoted one. */
const managerOf = (actor: number) => (actor === DEMOTED_ACTOR ? demotedId : managerId);
const deviceIds = Array.from({ length: 4 }, fixedId);
const tabIds = Array.from({ length: SHARED_TABS }, fixedId);
const customerIds = Array.from({ length: SHARED_CUSTOMERS }, fixedId);

/** Products the back office set up before the day: start stock from the ledger. */
export const startStock = new Map([
  [beer.id, 120],
  [wine.id, 48],
]);

/** Products a manager may create at a till during the day (fixed packs, so units are known). */
const templates: ProductRecord[] = [
  {
    ...wine,
    id: fixedId(),
    sku: 'G-1',
    name: 'Gin',
    packs: [
      { id: fixedId(), name: 'Bottle', units: 1, price: 2500, barcodes: [] },
      { id: fixedId(), name: 'Case', units: 6, price: 13000, barcodes: [] },
    ],
  },
  { ...wine, id: fixedId(), sku: 'C-1', name: 'Cider', packs: [{ id: fixedId(), name: 'Can', units: 1, price: 300, barcodes: [] }] },
];

/** Stock units of each pack; packs never change units or ids, so the model can count stock. */
export const packUnits = new Map([...[beer, wine, ...templates].flatMap((p) => p.packs.map((k) => [k.id, k.units] as const))]);
export const allProductIds = [beer.id, wine.id, ...templates.map((t) => t.id)];

/** `cursor`: the till's pull cursor when it sent the push (the till keeps it beside the request). */
type Message =
  | { kind: 'push'; till: number; body: string; cursor: string | undefined }
  | { kind: 'pushed'; till: number; sent: string; body: string; cursor: string | undefined }
  | { kind: 'refused'; till: number; code: string };

/** What happened, counted, to show which faults and outcomes a run exercised. */
export interface SimStats {
  committed: Record<string, number>;
  localDuplicates: number;
  delivered: number;
  droppedRequests: number;
  droppedResponses: number;
  duplicatedDeliveries: number;
  seqGaps: number;
  duplicateResults: number;
  pulls: number;
  movedLines: number;
  /** Rejections answered for a resent mutation, whose first answer was lost. */
  resentRejections: number;
}

export const emptyStats = (): SimStats => ({
  committed: {},
  localDuplicates: 0,
  delivered: 0,
  droppedRequests: 0,
  droppedResponses: 0,
  duplicatedDeliveries: 0,
  seqGaps: 0,
  duplicateResults: 0,
  pulls: 0,
  movedLines: 0,
  resentRejections: 0,
});

/**
 * N simulated tills, one simulated server and an unreliable network between them (test only).
 * Steps run one at a time; the network keeps every message in flight until a `deliver` step
 * picks it (any device, any order) and decides its fate. `heal` then lets every till push and
 * pull until nothing is left, as tills do once the connection comes back.
 */
export class SimWorld implements SellingWorld {
  readonly server: SimServer;
  readonly tills: SimTill[];
  readonly stats = emptyStats();
  /** Sales the tills made: id → units sold per product. */
  readonly sales = new Map<string, Map<string, number>>();
  /** Stock adjustments the tills made, by movement id. */
  readonly adjustments = new Map<string, { productId: string; delta: number }>();
  /** Cash events the tills recorded. */
  readonly cashEvents = new Set<string>();
  readonly restocked = new Map<string, { productId: string; units: number }>();
  readonly refunds: string[] = [];
  readonly ownSales = new Map<number, string[]>();
  /** Which till's mutation (seq) made each sale, refund, adjustment and cash event. */
  private readonly makers = new Map<string, { till: number; seq: number }>();
  readonly selling = { refunds: 0, writeOffs: 0, pointsPayments: 0 };
  private readonly inflight: Message[] = [];
  private time = Date.UTC(2026, 10, 20, 9);
  private readonly skews: number[];
  readonly newId = idCounter(0x6100_0000);

  private constructor(tills: number, skewsMs: readonly number[]) {
    const devices = new Map<string, DeviceScope>(deviceIds.slice(0, tills).map((deviceId) => [deviceId, { deviceId, channelId: channel.id, warehouseId }]));
    this.server = new SimServer(devices, serverStaff, () => this.time);
    this.skews = [...skewsMs];
    this.tills = [...devices.values()].map((device, i) => new SimTill(device, staff, () => this.time + (this.skews[i] ?? 0), this.newId));
  }

  static async create(schedule: Pick<Schedule, 'tills' | 'skewsMs'>): Promise<SimWorld> {
    const world = new SimWorld(schedule.tills, schedule.skewsMs);
    const seed = { node: 'server', seq: 1, hlc: '' };
    await world.server.seed({
      records: [
        { entity: 'channel', id: channel.id, stored: createOnce(channel, seed) },
        { entity: 'product', id: beer.id, stored: createOnce(beer, seed) },
        { entity: 'product', id: wine.id, stored: createOnce(wine, seed) },
      ],
      ledger: [...startStock].map(([productId, units]) => ({ id: world.newId(), warehouseId, productId, delta: units, reason: 'adjust' as const, refId: productId })),
      conflicts: [],
      selling: [
        { entity: 'sellingSettings', id: channel.id, stored: createOnce(simSettings(channel.id), seed) },
        { entity: 'quantityBreak', id: caseDeal.id, stored: createOnce(caseDeal, seed) },
        // Each customer-to-be starts with points, so tills redeem offline and can overspend them together.
        ...customerIds.map((customerId) => {
          const entry = { id: world.newId(), customerId, at: '2026-11-20T08:00:00Z', kind: 'adjust' as const, points: 500, reason: 'opening balance', actorId: managerId };
          return { entity: 'loyaltyEntry' as const, id: entry.id, stored: createOnce(entry, seed) };
        }),
      ],
    });
    for (const till of world.tills) await world.pullAll(till);
    return world;
  }

  async run(step: Step): Promise<void> {
    this.time += 1000;
    switch (step.kind) {
      case 'send':
        this.send(step.till, step.offset, step.limit);
        return;
      case 'deliver':
        await this.deliver(step.message, step.fate);
        return;
      case 'pull':
        await this.pull(this.tills[step.till]!, step.pageSize, step.pages);
        return;
      case 'clock':
        this.skews[step.till] = step.skewMs;
        return;
      default:
        await this.local(step);
    }
  }

  /** The network comes back: every message lands, every till pushes its outbox and pulls. */
  async heal(): Promise<void> {
    while (this.inflight.length) await this.deliver(0, 'ok');
    for (const till of this.tills) {
      while (till.outbox.length) {
        const sent = till.pushBatch(0, 200);
        const response = pushResponseSchema.parse(wire(await this.server.push(pushRequestSchema.parse(wire(this.request(till, sent))))));
        const before = till.outbox.length;
        await till.applyPushResponse(sent, response, till.cursor);
        if (till.outbox.length === before) throw new Error(`till ${till.device.deviceId} is stalled: the server took nothing`);
      }
    }
    for (const till of this.tills) await this.pullAll(till);
  }

  async pullAll(till: SimTill): Promise<void> {
    await this.pull(till, 7, Number.POSITIVE_INFINITY);
  }

  private async pull(till: SimTill, pageSize: number, pages: number): Promise<void> {
    for (let page = 0; page < pages; page++) {
      const response = pullResponseV2Schema.parse(wire(await this.server.pull(till.device.deviceId, till.cursor, pageSize)));
      await till.applyPullPage(response);
      this.stats.pulls += 1;
      if (!response.hasMore) return;
    }
  }

  private request(till: SimTill, mutations: readonly Mutation[]) {
    return { protocolVersion: 1, deviceId: till.device.deviceId, mutations };
  }

  private send(index: number, offset: number, limit: number): void {
    const till = this.tills[index]!;
    const batch = till.pushBatch(offset, limit);
    if (batch.length) this.inflight.push({ kind: 'push', till: index, body: JSON.stringify(this.request(till, batch)), cursor: till.cursor });
  }

  private async deliver(pick: number, fate: Fate): Promise<void> {
    if (this.inflight.length === 0) return;
    const at = pick % this.inflight.length;
    const message = this.inflight[at]!;
    if (fate === 'duplicate') this.stats.duplicatedDeliveries += 1;
    else this.inflight.splice(at, 1);
    if (fate === 'dropRequest' || (fate === 'dropResponse' && message.kind !== 'push')) {
      this.stats.droppedRequests += 1;
      return;
    }
    this.stats.delivered += 1;
    const till = this.tills[message.till]!;
    switch (message.kind) {
      case 'push': {
        const request = pushRequestSchema.parse(JSON.parse(message.body));
        let reply: Message;
        try {
          const lastSeq = this.server.lastSeqOf(till.device.deviceId);
          const response = await this.server.push(request);
          this.stats.duplicateResults += response.results.filter((r) => r.status === 'duplicate').length;
          this.stats.resentRejections += response.results.filter((r) => r.status === 'rejected' && r.seq <= lastSeq).length;
          reply = { kind: 'pushed', till: message.till, sent: JSON.stringify(request.mutations), body: JSON.stringify(response), cursor: message.cursor };
        } catch (error) {
          if (!(error instanceof PushRefused)) throw error;
          this.stats.seqGaps += 1;
          reply = { kind: 'refused', till: message.till, code: error.code };
        }
        if (fate === 'dropResponse') this.stats.droppedResponses += 1;
        else this.inflight.push(reply);
        return;
      }
      case 'pushed':
        await till.applyPushResponse(JSON.parse(message.sent) as Mutation[], pushResponseSchema.parse(JSON.parse(message.body)), message.cursor);
        return;
      case 'refused':
        // HTTP 409: the till's retry sends its outbox again from the first entry it still holds.
        this.send(message.till, 0, 6);
        return;
    }
  }

  now(till: number): string {
    return new Date(this.time + (this.skews[till] ?? 0)).toISOString();
  }

  actor(index: number): { id: string; role: Role } {
    const id = staffIds[index % staffIds.length]!;
    return { id, role: staff.get(id)! };
  }

  refunder(withReceipt: boolean): string {
    return withReceipt ? staffIds[1]! : managerId;
  }

  made(id: string, till: number, entry: { seq: number }): void {
    this.makers.set(id, { till, seq: entry.seq });
  }

  /** Whether the server took the mutation that made `id` (a sale, refund, adjustment or cash event). */
  accepted(id: string): boolean {
    const maker = this.makers.get(id);
    if (!maker) throw new Error(`no till made ${id}`);
    const deviceId = this.tills[maker.till]!.device.deviceId;
    const logged = this.server.mutationLog.find((e) => e.deviceId === deviceId && e.mutation.seq === maker.seq);
    if (!logged) throw new Error(`the server never processed seq ${maker.seq} of till ${maker.till}`);
    return logged.result.status !== 'rejected';
  }

  private async local(step: Exclude<Step, { kind: 'send' | 'deliver' | 'pull' | 'clock' }>): Promise<void> {
    if (step.kind === 'saleV2') return sellV2(this, step);
    if (step.kind === 'refund') return refundOwnSale(this, step);
    const till = this.tills[step.till]!;
    const products = till.held('product').map((p) => p.data);
    const product = (i: number) => products[i % products.length]!;
    const actorOf = (i: number) => staffIds[i % staffIds.length]!;
    const now = () => new Date(this.time + (this.skews[step.till] ?? 0)).toISOString();
    switch (step.kind) {
      case 'sale': {
        const lines = step.lines.map((l) => {
          const p = product(l.product);
          return { lineId: this.newId(), productId: p.id, packId: p.packs[l.pack % p.packs.length]!.id, qty: l.qty };
        });
        await this.sell(step.till, actorOf(step.actor), lines, step.overpay, now());
        return;
      }
      case 'price': {
        const p = product(step.product);
        const k = step.pack % p.packs.length;
        await this.commit(step.till, 'product.update', { productId: p.id, patch: { packs: p.packs.map((pack, i) => (i === k ? { ...pack, price: step.price } : pack)) } }, managerOf(step.actor));
        return;
      }
      case 'rename':
        await this.commit(step.till, 'product.update', { productId: product(step.product).id, patch: { name: step.name } }, managerOf(step.actor));
        return;
      case 'active':
        await this.commit(step.till, 'product.update', { productId: product(step.product).id, patch: { active: step.active } }, managerOf(step.actor));
        return;
      case 'newProduct': {
        const template = templates[step.template % templates.length]!;
        const packs = template.packs.map((pack, i) => (i === 0 ? { ...pack, price: step.price } : pack));
        await this.commit(step.till, 'product.upsert', { product: { ...template, name: step.name, packs } }, managerOf(step.actor));
        return;
      }
      case 'customer': {
        const customer = { id: customerIds[step.customer]!, name: step.name, type: step.type, phone: step.phone, email: null, notes: '' };
        await this.commit(step.till, 'customer.upsert', { customer }, actorOf(step.actor));
        return;
      }
      case 'tabOpen':
        await this.commit(step.till, 'tab.open', { tabId: tabIds[step.tab]!, name: `Tab ${step.tab}`, tableNo: step.tableNo }, actorOf(step.actor));
        return;
      case 'addLine': {
        const tabs = till.held('tab');
        if (tabs.length === 0) return;
        const p = product(step.product);
        const args = { tabId: tabs[step.tab % tabs.length]!.data.id, lineId: this.newId(), productId: p.id, packId: p.packs[step.pack % p.packs.length]!.id, qty: step.qty, notes: step.notes };
        const result = await this.commit(step.till, 'tab.addLine', args, actorOf(step.actor));
        if (result.outcome.status === 'merged' && result.outcome.code === 'MOVED_TO_NEW_TAB') this.stats.movedLines += 1;
        return;
      }
      case 'updateLine': {
        const lines = till.held('tabLine');
        if (lines.length === 0) return;
        const args: { lineId: string; qty?: number; notes?: string } = { lineId: lines[step.line % lines.length]!.data.id };
        if (step.qty !== null) args.qty = step.qty;
        if (step.notes !== null || step.qty === null) args.notes = step.notes ?? '';
        await this.commit(step.till, 'tab.updateLine', args, actorOf(step.actor));
        return;
      }
      case 'voidLine': {
        const lines = till.held('tabLine');
        if (lines.length === 0) return;
        await this.commit(step.till, 'tab.voidLine', { lineId: lines[step.line % lines.length]!.data.id }, actorOf(step.actor));
        return;
      }
      case 'tabClose': {
        const tabs = till.held('tab');
        if (tabs.length === 0) return;
        const tab: TabRecord = tabs[step.tab % tabs.length]!.data;
        let saleId: string | null = null;
        if (step.pay && tab.status === 'open') {
          // Paying a tab (apps/till pay-tab.ts): the sale of its lines as stored now, then the close.
          const lines = till
            .held('tabLine')
            .filter((l) => l.data.tabId === tab.id && !l.data.voided)
            .map((l) => ({ lineId: this.newId(), productId: l.data.productId, packId: l.data.packId, qty: l.data.qty }));
          if (lines.length) saleId = await this.sell(step.till, actorOf(step.actor), lines, 0, now());
        }
        await this.commit(step.till, 'tab.close', { tabId: tab.id, saleId }, actorOf(step.actor));
        return;
      }
      case 'adjust': {
        const productId = product(step.product).id;
        const movementId = this.newId();
        const result = await this.commit(step.till, 'stock.adjust', { movementId, warehouseId, productId, delta: step.delta, note: 'count' }, managerOf(step.actor));
        if (!result.entry) return;
        this.adjustments.set(movementId, { productId, delta: step.delta });
        this.made(movementId, step.till, result.entry);
        return;
      }
      case 'park': {
        const lines = step.lines.map((l) => {
          const p = product(l.product);
          return { lineId: this.newId(), productId: p.id, packId: p.packs[l.pack % p.packs.length]!.id, qty: l.qty, notes: '', manualDiscount: null };
        });
        await this.commit(step.till, 'draft.park', { draftId: this.newId(), label: step.label, lines, parkedAt: now() }, actorOf(step.actor));
        return;
      }
      case 'resume':
      case 'discard': {
        // As the till's Parked list offers them: the ones it holds as still parked.
        const parked = till.held('draft').filter((d) => d.data.status === 'parked');
        if (parked.length === 0) return;
        await this.commit(step.till, `draft.${step.kind}`, { draftId: parked[step.draft % parked.length]!.data.id }, actorOf(step.actor));
        return;
      }
      case 'cash': {
        const actor = step.cash === 'no_sale' ? managerOf(step.actor) : actorOf(step.actor);
        const eventId = this.newId();
        const result = await this.commit(step.till, 'cash.event', { eventId, kind: step.cash, amount: step.amount, note: '' }, actor);
        if (!result.entry) return;
        this.cashEvents.add(eventId);
        this.made(eventId, step.till, result.entry);
        return;
      }
    }
  }

  /** A cash sale as the till rings it up: priced from its own catalog, paid in full or more. */
  private async sell(index: number, actorId: string, lines: { lineId: string; productId: string; packId: string; qty: number }[], overpay: number, soldAt: string): Promise<string | null> {
    const till = this.tills[index]!;
    const catalog = new Map(till.held('product').map((p) => [p.data.id, p.data]));
    const total = priceSale(lines, (id) => catalog.get(id)).total;
    const saleId = this.newId();
    const args = {
      saleId,
      receiptNo: `T${index}-${till.nextSeq}`,
      channelId: channel.id,
      warehouseId,
      lines,
      tenders: [{ kind: 'cash', amount: total + overpay }],
      clientTotal: total,
      soldAt,
    };
    const result = await this.commit(index, 'sale.complete', args, actorId);
    if (!result.entry) return null;
    this.made(saleId, index, result.entry);
    const units = new Map<string, number>();
    for (const line of lines) units.set(line.productId, (units.get(line.productId) ?? 0) + line.qty * packUnits.get(line.packId)!);
    this.sales.set(saleId, units);
    return saleId;
  }

  async commit(index: number, name: string, args: unknown, actorId: string): Promise<TillCommit> {
    const till = this.tills[index]!;
    const result = await till.commit(name, args, actorId);
    if (result.entry) this.stats.committed[name] = (this.stats.committed[name] ?? 0) + 1;
    else this.stats.localDuplicates += 1;
    return result;
  }
}

/** What crossing the network does to a value: JSON out, JSON in. */
function wire(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}
