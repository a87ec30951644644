import type { ReceiptLayout } from '@tillsafe/hardware';
import { useEffect, useState } from 'react';
import { db } from '../../app/services';
import type { SaleRow } from '../../db/rows';
import { saleReceiptLayout } from './sale-receipts';
import { useHardware } from './use-hardware';

/** A sale's receipt as the receipt printer would print it (its paper width and sale code). */
export function useSaleReceiptLayout(sale: SaleRow | undefined, copy = false): { layout: ReceiptLayout | undefined; error: string | undefined } {
  const profile = useHardware((s) => s.devices.find((d) => d.role === 'receipt-printer')?.profile);
  const [state, setState] = useState<{ layout: ReceiptLayout | undefined; error: string | undefined }>({ layout: undefined, error: undefined });
  useEffect(() => {
    if (!sale) return;
    let current = true;
    saleReceiptLayout(db, sale, profile ?? {}, { copy }).then(
      (layout) => {
        if (current) setState({ layout, error: undefined });
      },
      (error: unknown) => {
        if (current) setState({ layout: undefined, error: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [sale, profile, copy]);
  return state;
}
