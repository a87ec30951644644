import { useState } from 'react';
import { db, hardware, syncEngine } from '../../app/services';
import type { StaffRow } from '../../db/rows';
import type { AuditOutcome } from './drawer-audit-log';
import { canOpenNoSale, openDrawerNoSale } from './no-sale';

export type NoSalePhase =
  | { step: 'asking' }
  | { step: 'refused'; message: string }
  | { step: 'opened'; printer: string; audit: AuditOutcome | 'pending'; approver: StaffRow | null };

/**
 * The no-sale dialog's state: ask for a reason, queue the pulse, then show whether it was
 * recorded. Someone who may not open the drawer alone needs a manager's PIN first (`open` takes
 * the approving manager).
 */
export function useNoSale(actor: StaffRow) {
  const [note, setNote] = useState('');
  const [phase, setPhase] = useState<NoSalePhase>({ step: 'asking' });
  const needsApproval = !canOpenNoSale(actor);

  const open = async (approverId: string | null = null) => {
    const approver = approverId === null ? null : ((await db.staff.get(approverId)) ?? null);
    const result = openDrawerNoSale(hardware, db, actor, note, { approver });
    if (!result.ok) {
      setPhase({ step: 'refused', message: result.error.message });
      return;
    }
    const printer = hardware.device(result.job.printerId)?.label ?? 'the receipt printer';
    setPhase({ step: 'opened', printer, audit: 'pending', approver });
    void result.audit.then((audit) => {
      // A recorded no-sale is a new outbox entry: push it like a sale, not on some later write.
      if (audit.status === 'recorded') syncEngine.requestPush();
      setPhase({ step: 'opened', printer, audit, approver });
    });
  };

  return { note, setNote, phase, needsApproval, open };
}
