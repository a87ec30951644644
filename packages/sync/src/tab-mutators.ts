import { z } from 'zod';
import { derivedUuid } from './ids';
import { mergeFields } from './merge';
import { applied, MutationRejected, writeStamp, type Mutator, type MutatorOutcome } from './mutator';
import type { SyncTx } from './overlay-tx';
import type { Stored } from './record-store';
import type { TabLineRecord, TabRecord } from './records';
import { writeFields } from './catalog-mutators';

/** The tab that takes lines added after `tabId` was closed: the same id wherever it is made. */
export const overflowTabId = (tabId: string) => derivedUuid(`tab-overflow:${tabId}`);

/** How long a chain of closed tabs and their overflow tabs may grow. */
export const MAX_OVERFLOW_DEPTH = 20;

export const tabOpenArgsSchema = z.object({
  tabId: z.uuid(),
  name: z.string().trim().max(80),
  tableNo: z.string().trim().min(1).max(20).nullable(),
});
export type TabOpenArgs = z.infer<typeof tabOpenArgsSchema>;

export const tabOpen: Mutator<TabOpenArgs> = {
  name: 'tab.open',
  args: tabOpenArgsSchema,
  capability: 'tab.manage',
  reads: (args) => [{ entity: 'tab', id: args.tabId }],
  async run(tx, args, ctx) {
    if (await tx.get('tab', args.tabId)) return { status: 'duplicate', code: 'ALREADY_EXISTS', message: `Tab ${args.tabId} is already open.` };
    const tab: TabRecord = {
      id: args.tabId,
      channelId: ctx.channelId,
      name: args.name,
      tableNo: args.tableNo,
      status: 'open',
      openedAt: ctx.now,
      closedAt: null,
      saleId: null,
      movedFrom: null,
    };
    tx.put('tab', tab.id, mergeFields('tab', tab.id, undefined, tab, writeStamp(ctx, 'tab', tab.id)).stored);
    return applied;
  },
};

export const tabAddLineArgsSchema = z.object({
  tabId: z.uuid(),
  lineId: z.uuid(),
  productId: z.uuid(),
  packId: z.uuid(),
  qty: z.int().min(1).max(10_000),
  notes: z.string().max(200).default(''),
});
export type TabAddLineArgs = z.infer<typeof tabAddLineArgsSchema>;

/**
 * Adds a line. Lines are their own records, so two tills adding to one tab never conflict. A line
 * added to a tab another till already closed lands on a new open tab for the same table (the same
 * derived id everywhere), flagged with where it was meant to go (DESIGN §4, terminal state).
 */
export const tabAddLine: Mutator<TabAddLineArgs> = {
  name: 'tab.addLine',
  args: tabAddLineArgsSchema,
  capability: 'tab.manage',
  reads: (args) => [
    { entity: 'tabLine', id: args.lineId },
    { entity: 'tab', id: args.tabId },
    { entity: 'tab', id: overflowTabId(args.tabId) },
    { entity: 'product', id: args.productId, lock: false, readOnly: true },
  ],
  async run(tx, args, ctx) {
    if (await tx.get('tabLine', args.lineId)) return { status: 'duplicate', code: 'ALREADY_EXISTS', message: `Line ${args.lineId} is already on the tab.` };
    const product = await tx.get('product', args.productId);
    if (!product) throw new MutationRejected('UNKNOWN_PRODUCT', `Product ${args.productId} is not in the catalog.`);
    if (!product.data.packs.some((p) => p.id === args.packId)) throw new MutationRejected('UNKNOWN_PACK', `${product.data.name} has no pack ${args.packId}.`);
    const tab = await tx.get('tab', args.tabId);
    if (!tab) throw new MutationRejected('UNKNOWN_TAB', `There is no tab ${args.tabId}.`);
    const target = await openTabFor(tx, tab);
    const moved = target.data.id !== args.tabId;
    const line: TabLineRecord = {
      id: args.lineId,
      tabId: target.data.id,
      productId: args.productId,
      packId: args.packId,
      qty: args.qty,
      notes: args.notes,
      voided: false,
      addedBy: ctx.deviceId,
      movedFrom: moved ? args.tabId : null,
    };
    tx.put('tabLine', line.id, mergeFields('tabLine', line.id, undefined, line, writeStamp(ctx, 'tabLine', line.id)).stored);
    if (!moved) return applied;
    const label = tab.data.name || (tab.data.tableNo ? `for table ${tab.data.tableNo}` : tab.data.id);
    return { status: 'merged', code: 'MOVED_TO_NEW_TAB', message: `The tab ${label} was already closed, so the line went to a new tab for the same table.` };
  },
};

/** The tab itself while open; else its overflow tab (opened on first use), following the chain. */
async function openTabFor(tx: SyncTx, tab: Stored<TabRecord>): Promise<Stored<TabRecord>> {
  let current = tab;
  for (let depth = 0; current.data.status === 'closed'; depth++) {
    if (depth >= MAX_OVERFLOW_DEPTH) throw new MutationRejected('UNKNOWN_TAB', `Tab ${tab.data.id} was closed and reopened too many times.`);
    const id = overflowTabId(current.data.id);
    const next = await tx.get('tab', id);
    if (next) {
      current = next;
      continue;
    }
    const opened: TabRecord = {
      ...current.data,
      id,
      status: 'open',
      openedAt: current.data.closedAt ?? current.data.openedAt,
      closedAt: null,
      saleId: null,
      movedFrom: current.data.id,
    };
    // Derived from the closed tab alone, so every replica creates the identical record.
    const created = mergeFields('tab', id, undefined, opened, { node: 'derived', seq: 0, hlc: '' }).stored;
    tx.put('tab', id, created);
    current = created;
  }
  return current;
}

export const tabUpdateLineArgsSchema = z
  .object({ lineId: z.uuid(), qty: z.int().min(1).max(10_000).optional(), notes: z.string().max(200).optional() })
  .refine((a) => a.qty !== undefined || a.notes !== undefined, 'give a qty or notes to change');
export type TabUpdateLineArgs = z.infer<typeof tabUpdateLineArgsSchema>;

export const tabUpdateLine: Mutator<TabUpdateLineArgs> = {
  name: 'tab.updateLine',
  args: tabUpdateLineArgsSchema,
  capability: 'tab.manage',
  reads: (args) => [{ entity: 'tabLine', id: args.lineId }],
  run: (tx, args, ctx) => {
    const patch: Partial<TabLineRecord> = {};
    if (args.qty !== undefined) patch.qty = args.qty;
    if (args.notes !== undefined) patch.notes = args.notes;
    return writeFields(tx, 'tabLine', args.lineId, patch, ctx, { mustExist: true });
  },
};

export const tabVoidLineArgsSchema = z.object({ lineId: z.uuid() });
export type TabVoidLineArgs = z.infer<typeof tabVoidLineArgsSchema>;

/** Voids a line: a tombstone that no later or concurrent edit brings back. */
export const tabVoidLine: Mutator<TabVoidLineArgs> = {
  name: 'tab.voidLine',
  args: tabVoidLineArgsSchema,
  capability: 'tab.manage',
  reads: (args) => [{ entity: 'tabLine', id: args.lineId }],
  run: (tx, args, ctx) => writeFields(tx, 'tabLine', args.lineId, { voided: true }, ctx, { mustExist: true, sticky: { voided: true } }),
};

export const tabCloseArgsSchema = z.object({ tabId: z.uuid(), saleId: z.uuid().nullable().default(null) });
export type TabCloseArgs = z.infer<typeof tabCloseArgsSchema>;

/** Closes a tab: a terminal state that wins over any concurrent edit. */
export const tabClose: Mutator<TabCloseArgs> = {
  name: 'tab.close',
  args: tabCloseArgsSchema,
  capability: 'tab.manage',
  reads: (args) => [{ entity: 'tab', id: args.tabId }],
  async run(tx, args, ctx): Promise<MutatorOutcome> {
    const tab = await tx.get('tab', args.tabId);
    if (!tab) throw new MutationRejected('UNKNOWN_TAB', `There is no tab ${args.tabId}.`);
    if (tab.data.status === 'closed') return { status: 'duplicate', code: 'ALREADY_CLOSED', message: `Tab ${args.tabId} was already closed.` };
    return writeFields(tx, 'tab', args.tabId, { status: 'closed', closedAt: ctx.now, saleId: args.saleId }, ctx, { sticky: { status: 'closed' }, terminal: true });
  },
};
