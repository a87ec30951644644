import type { Capability } from '@tillsafe/domain';
import { useCallback, useRef, useState, type ReactElement, type ReactNode } from 'react';
import { ManagerApprovalDialog } from './manager-approval-dialog';

export interface ApprovalAsk {
  capability: Capability;
  reason: ReactNode;
  requesterId: string;
}

/**
 * Manager approval as a promise, for screens that ask in the middle of an action:
 *
 *   const approval = useManagerApproval();
 *   const approverId = await approval.request({ capability: 'refund.no_receipt', reason: '…', requesterId: actor.id });
 *   if (approverId === null) return; // cancelled
 *   …record approverId on the mutation…
 *   return <>{…}{approval.dialog}</>;
 *
 * `request` resolves with the approver's staff id, or null when the cashier cancels. A new
 * request while one is open cancels the open one.
 */
export function useManagerApproval(): { request: (ask: ApprovalAsk) => Promise<string | null>; dialog: ReactElement | null } {
  const [ask, setAsk] = useState<ApprovalAsk | undefined>(undefined);
  const resolveRef = useRef<((approverId: string | null) => void) | undefined>(undefined);

  const settle = useCallback((approverId: string | null) => {
    resolveRef.current?.(approverId);
    resolveRef.current = undefined;
    setAsk(undefined);
  }, []);

  const request = useCallback(
    (next: ApprovalAsk) => {
      settle(null);
      setAsk(next);
      return new Promise<string | null>((resolve) => {
        resolveRef.current = resolve;
      });
    },
    [settle],
  );

  const dialog = ask ? (
    <ManagerApprovalDialog
      capability={ask.capability}
      reason={ask.reason}
      requesterId={ask.requesterId}
      onApproved={(approverId) => {
        settle(approverId);
      }}
      onCancel={() => {
        settle(null);
      }}
    />
  ) : null;
  return { request, dialog };
}
