// Receipts: the number people read, and the barcode that finds the sale.
export * from './receipt-number';
export * from './sale-barcode';
