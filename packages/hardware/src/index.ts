// Public API of @tillsafe/hardware: receipts (model → rows → bytes), the drawer, transports,
// the print queue, serial scanners and the customer display. Used only by apps/till.
export * from './errors';
export * from './bytes';
export * from './paper';
export * from './bitmap';
export * from './receipt-model';
export * from './receipt-from-sale';
export * from './receipt-from-refund';
export * from './receipt-from-shift';
export * from './receipt-from-ticket';
export * from './ticket-routing';
export * from './sale-code';
export * from './render-text';
export * from './printer-profile';
export * from './drawer';
export * from './escpos';
export * from './timers';
export * from './transport';
export * from './printer-status';
export * from './web-serial-transport';
export * from './web-usb-transport';
export * from './serial-polyfill';
export * from './capabilities';
export * from './print-job';
export * from './print-queue';
export * from './cash-drawer';
