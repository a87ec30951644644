import type { SaleRow } from '../../db/rows';
import { ReceiptPaper } from './receipt-paper';
import { useSaleReceiptLayout } from './use-sale-receipt-layout';

/** The sale's receipt on screen, from the same rows the printer gets. */
export function SaleReceiptPreview({ sale }: { sale: SaleRow }) {
  const { layout, error } = useSaleReceiptLayout(sale);
  if (error) return <p className="alert">The receipt cannot be shown: {error}</p>;
  if (!layout) return <p className="muted">Laying out the receipt…</p>;
  return <ReceiptPaper layout={layout} label={`Receipt ${sale.receiptNo}`} size="sm" />;
}
