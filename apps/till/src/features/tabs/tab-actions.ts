import { uuidv7, type TabAddLineArgs, type TabCloseArgs, type TabOpenArgs, type TabUpdateLineArgs } from '@tillsafe/sync';
import type { TillDb } from '../../db/till-db';
import { commitMutation, type CommitResult } from '../../sync-client/commit-mutation';

/**
 * Every change a bartender makes to a tab is one of the shared tab mutators, committed with its
 * outbox entry in one transaction (commitMutation); the caller asks the sync engine to push.
 */

export interface NewTabInput {
  tableNo: string;
  name: string;
}

/** Opens a tab for a table, a name, or both; returns its id. */
export async function openTab(db: TillDb, input: NewTabInput): Promise<string> {
  const tableNo = input.tableNo.trim();
  const args: TabOpenArgs = { tabId: uuidv7(), name: input.name.trim(), tableNo: tableNo || null };
  await commitMutation(db, 'tab.open', args);
  return args.tabId;
}

/**
 * Adds a new line, always, rather than raising the quantity of an existing one: a new line is
 * what the server moves to a new tab when another till has closed this one meanwhile, whereas a
 * raised quantity would land on the closed tab (DESIGN §4, terminal state).
 */
export async function addTabLine(db: TillDb, tabId: string, productId: string, packId: string, qty = 1): Promise<CommitResult & { lineId: string }> {
  const args: TabAddLineArgs = { tabId, lineId: uuidv7(), productId, packId, qty, notes: '' };
  return { ...(await commitMutation(db, 'tab.addLine', args)), lineId: args.lineId };
}

export function setLineQty(db: TillDb, lineId: string, qty: number): Promise<CommitResult> {
  const args: TabUpdateLineArgs = { lineId, qty };
  return commitMutation(db, 'tab.updateLine', args);
}

export function setLineNotes(db: TillDb, lineId: string, notes: string): Promise<CommitResult> {
  const args: TabUpdateLineArgs = { lineId, notes: notes.trim() };
  return commitMutation(db, 'tab.updateLine', args);
}

export function voidTabLine(db: TillDb, lineId: string): Promise<CommitResult> {
  return commitMutation(db, 'tab.voidLine', { lineId });
}

/** Closes a tab; `saleId` names the sale that settled it, or null when it closes unpaid. */
export function closeTab(db: TillDb, tabId: string, saleId: string | null = null): Promise<CommitResult> {
  const args: TabCloseArgs = { tabId, saleId };
  return commitMutation(db, 'tab.close', args);
}
