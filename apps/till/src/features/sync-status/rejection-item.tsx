import { useState } from 'react';
import { z } from 'zod';
import { db } from '../../app/services';
import type { RejectionRow } from '../../db/rows';
import { useLiveQuery } from '../../lib/use-live-query';

const receiptArgsSchema = z.object({ receiptNo: z.string() });
const refundArgsSchema = z.object({ saleId: z.uuid() });
const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export interface RejectionItemProps {
  rejection: RejectionRow;
  /** Removes it from this till (the server keeps its own copy in the manager's sync inbox). */
  onDismiss: (rejection: RejectionRow) => void;
}

/**
 * One refused mutation: code, what it was (the receipt number for a sale, and for a refund the
 * receipt it refunded), when, the server's reason.
 */
export function RejectionItem({ rejection, onDismiss }: RejectionItemProps) {
  const [confirming, setConfirming] = useState(false);
  const receipt = receiptArgsSchema.safeParse(rejection.mutation.args);
  const refunded = rejection.mutation.name === 'refund.create' ? refundArgsSchema.safeParse(rejection.mutation.args) : undefined;
  const refundedReceipt = useLiveQuery(async () => (refunded?.success ? ((await db.sales.get(refunded.data.saleId))?.receiptNo ?? null) : null), [rejection.id]);
  const what = receipt.success ? `Receipt ${receipt.data.receiptNo}` : refundedReceipt ? `Refund of receipt ${refundedReceipt}` : `Change #${rejection.seq}`;
  return (
    <li className="rejection" aria-label={`${what} rejected: ${rejection.code}`}>
      <div className="rejection-head">
        <code className="rejection-code">{rejection.code}</code>
        <span className="rejection-name">{rejection.mutation.name}</span>
        <strong className="rejection-what">{what}</strong>
      </div>
      <p className="rejection-message">{rejection.message}</p>
      <time className="rejection-time" dateTime={rejection.rejectedAt}>
        Rejected {timeFormat.format(new Date(rejection.rejectedAt))}
      </time>
      {confirming ? (
        <div className="rejection-confirm" role="group" aria-label="Confirm dismissal">
          <p>Remove this from the till? The server keeps its copy for a manager to correct and replay.</p>
          <div className="button-row">
            <button
              type="button"
              className="btn btn-ghost btn-sm"
              onClick={() => {
                setConfirming(false);
              }}
              autoFocus
            >
              Keep
            </button>
            <button
              type="button"
              className="btn btn-danger btn-sm"
              onClick={() => {
                onDismiss(rejection);
              }}
            >
              Dismiss
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          className="btn btn-ghost btn-sm rejection-dismiss"
          onClick={() => {
            setConfirming(true);
          }}
        >
          Dismiss…
        </button>
      )}
    </li>
  );
}
