import type { Capability } from '@tillsafe/domain';
import { useState } from 'react';
import { db, syncEngine } from '../../app/services';
import type { StaffRow } from '../../db/rows';
import { useLiveQuery } from '../../lib/use-live-query';
import { flushPinAudit } from '../sign-in/pin-audit';
import { wrongPinSentence } from '../sign-in/pin-lockout';
import { usePinEntry } from '../sign-in/use-pin-entry';
import { approveWithPin } from './approve-with-pin';
import { approversFor } from './approvers';

/**
 * The approval dialog's state: who may approve (live from the synced staff), whom the cashier
 * picked (the only one, when there is one), the PIN typed for them and the outcome of each try.
 */
export function useManagerApprovalForm(capability: Capability, requesterId: string, onApproved: (approverId: string) => void) {
  const approvers = useLiveQuery(async () => approversFor(await db.staff.toArray(), capability, requesterId), [capability, requesterId]);
  const [picked, setPicked] = useState<StaffRow | undefined>(undefined);
  const entry = usePinEntry();
  const selected = picked ?? (approvers?.length === 1 ? approvers[0] : undefined);

  const choose = (staff: StaffRow) => {
    setPicked(staff);
    entry.settle(undefined);
  };

  async function approve() {
    if (!selected) return;
    await entry.attempt(async () => {
      const result = await approveWithPin(db, selected.id, entry.pin, capability);
      if (result.kind === 'not-allowed') entry.settle(result.message);
      // A lockout shows from the live lockout state, with its countdown.
      else entry.settle(result.kind === 'wrong' ? wrongPinSentence(result.triesLeft) : undefined);
      if (result.kind !== 'ok') return;
      // The manager's wrong PINs, if any, go to the audit log now that one was right.
      await flushPinAudit(db, () => {
        syncEngine.requestPush();
      });
      onApproved(selected.id);
    });
  }

  return { approvers, selected, choose, entry, approve: () => void approve() };
}
