import { z } from 'zod';
import type { RejectionRow } from '../../db/rows';

const receiptArgsSchema = z.object({ receiptNo: z.string() });

export function RejectionItem({ rejection }: { rejection: RejectionRow }) {
  const receipt = receiptArgsSchema.safeParse(rejection.mutation.args);
  return (
    <li className="rejection">
      <div className="rejection-head">
        <code className="rejection-code">{rejection.code}</code>
        <span className="rejection-what">
          {rejection.mutation.name}
          {receipt.success ? ` · receipt ${receipt.data.receiptNo}` : ''} · #{rejection.seq}
        </span>
      </div>
      <p className="rejection-message">{rejection.message}</p>
    </li>
  );
}
