import { useState } from 'react';
import type { StaffRow } from '../../db/rows';
import { canOpenNoSale, canOpenNoSaleWithApproval } from './no-sale';
import { NoSaleDialog } from './no-sale-dialog';

/**
 * Opens the drawer without a sale: staff whose role holds drawer.open.nosale do it alone, others
 * who handle cash with a manager's PIN; a role that handles no cash (a driver) cannot.
 */
export function NoSaleButton({ actor }: { actor: StaffRow }) {
  const [open, setOpen] = useState(false);
  const allowed = canOpenNoSaleWithApproval(actor);
  const alone = canOpenNoSale(actor);
  return (
    <>
      <button
        type="button"
        className="btn btn-topbar"
        aria-label="No sale"
        disabled={!allowed}
        title={alone ? 'Open the cash drawer without a sale' : allowed ? 'Open the cash drawer without a sale, with a manager’s approval' : 'Only staff who handle cash can open the drawer'}
        onClick={() => {
          setOpen(true);
        }}
      >
        <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M3 9h18v10H3zM3 13h18M10 16h4M6 9l2-4h8l2 4" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinejoin="round" strokeLinecap="round" />
        </svg>
        <span className="topbar-label">No sale</span>
      </button>
      {open ? (
        <NoSaleDialog
          actor={actor}
          onClose={() => {
            setOpen(false);
          }}
        />
      ) : null}
    </>
  );
}
