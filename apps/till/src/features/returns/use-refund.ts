import { can, type RefundableLine, type RefundDisposition, type RefundPlanOutcome } from '@tillsafe/domain';
import type { StoredRefund } from '@tillsafe/sync';
import { useState, type ReactElement } from 'react';
import { db } from '../../app/services';
import type { SaleRow, StaffRow } from '../../db/rows';
import { useLiveQuery } from '../../lib/use-live-query';
import { useManagerApproval } from '../manager-approval/use-manager-approval';
import { describeMutationError } from '../../sync-client/describe-mutation-error';
import { createRefund } from './create-refund';
import { emptySelection, pickedLines, planSelection, refundableLines, withDisposition, withEverything, withQty, type RefundSelection } from './refund-selection';

export interface RefundState {
  /** Undefined until the sale's earlier refunds and the store's settings are read. */
  left: RefundableLine[] | undefined;
  /** Refunds of this sale already made, from any till. */
  earlier: StoredRefund[];
  selection: RefundSelection;
  plan: RefundPlanOutcome | undefined;
  /** Without the receipt and the actor lacks `refund.no_receipt`: a manager must approve (until one has). */
  needsManager: boolean;
  /** The manager who approved a refund without the receipt, by name. */
  approvedBy: string | undefined;
  /** The actor's role may not refund at all. */
  forbidden: boolean;
  confirming: boolean;
  saving: boolean;
  error: string | undefined;
  setQty: (lineId: string, qty: number) => void;
  setDisposition: (lineId: string, disposition: RefundDisposition) => void;
  setTo: (to: RefundSelection['to']) => void;
  everything: () => void;
  askConfirm: () => void;
  cancelConfirm: () => void;
  confirm: () => Promise<void>;
  /** Asks a manager for their PIN at this till (refund.no_receipt). */
  askManager: () => Promise<void>;
  /** The manager-PIN dialog while it is open. */
  approvalDialog: ReactElement | null;
}

/**
 * One sale's refund as the cashier builds it: what is left of each line (live, so a refund pulled
 * from another till shows at once), what is picked, the domain planner's amounts and tenders for
 * it, and the commit. Nothing is stored until the cashier confirms.
 */
export function useRefund(sale: SaleRow, withReceipt: boolean, actor: StaffRow, onRefunded: (refund: StoredRefund) => void): RefundState {
  const data = useLiveQuery(async () => {
    const [refunds, settings] = await Promise.all([db.refunds.where('saleId').equals(sale.id).toArray(), db.sellingSettings.get(sale.channelId)]);
    return { refunds, cashRounding: settings?.cashRounding ?? undefined };
  }, [sale.id, sale.channelId]);
  const [selection, setSelection] = useState<RefundSelection>(emptySelection);
  const [confirming, setConfirming] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();
  const [approver, setApprover] = useState<StaffRow>();
  const approval = useManagerApproval();

  const earlier = data?.refunds ?? [];
  const left = data ? refundableLines(sale, earlier) : undefined;
  const forbidden = !can(actor.role, 'refund.create');
  const needsManager = !withReceipt && !can(actor.role, 'refund.no_receipt') && !approver;
  // Approved, the refund is planned with the manager's authority, as refund.create will run it.
  const role = !withReceipt && approver ? approver.role : actor.role;
  const plan = data ? planSelection(sale, earlier, selection, { withReceipt, role, cashRounding: data.cashRounding }) : undefined;
  const edit = (next: RefundSelection) => {
    setSelection(next);
    setError(undefined);
  };

  return {
    left,
    earlier,
    selection,
    plan,
    needsManager,
    approvedBy: approver?.name,
    forbidden,
    confirming,
    saving,
    error,
    setQty: (lineId, qty) => {
      edit(withQty(selection, lineId, qty));
    },
    setDisposition: (lineId, disposition) => {
      edit(withDisposition(selection, lineId, disposition));
    },
    setTo: (to) => {
      edit({ ...selection, to });
    },
    everything: () => {
      if (left) edit(withEverything(selection, left));
    },
    askConfirm: () => {
      if (plan?.ok) setConfirming(true);
    },
    cancelConfirm: () => {
      setConfirming(false);
    },
    confirm: async () => {
      setSaving(true);
      setError(undefined);
      try {
        const refund = await createRefund(db, { saleId: sale.id, lines: pickedLines(sale, selection), to: selection.to, withReceipt, approverId: approver?.id ?? null });
        setSelection(emptySelection);
        onRefunded(refund);
      } catch (failure) {
        setError(describeMutationError(failure));
      } finally {
        setSaving(false);
        setConfirming(false);
      }
    },
    askManager: async () => {
      const approverId = await approval.request({ capability: 'refund.no_receipt', reason: `A refund of receipt ${sale.receiptNo} without the receipt.`, requesterId: actor.id });
      if (approverId === null) return;
      const row = await db.staff.get(approverId);
      if (row) setApprover(row);
    },
    approvalDialog: approval.dialog,
  };
}
