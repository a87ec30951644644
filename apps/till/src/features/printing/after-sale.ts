import type { SaleRow } from '../../db/rows';
import type { TillDb } from '../../db/till-db';
import type { Money } from './customer-display-feed';
import type { HardwareService } from './hardware-service';
import { printSaleReceipt } from './sale-receipts';

/**
 * What the hardware does once a sale is stored: the receipt (with the drawer pulse when the sale
 * took cash) goes to the print queue and the customer display shows the change. It returns at once
 * and never throws, so nothing here can make a stored sale look unrecorded or make the cashier
 * wait for a printer.
 */
export function afterSale(hardware: HardwareService, db: TillDb, sale: SaleRow, money: Money): void {
  void printSaleReceipt(hardware, db, sale);
  try {
    hardware.showOnDisplay({ kind: 'sale-done', total: sale.total, change: sale.change }, money);
  } catch (error) {
    hardware.report('error', `The customer display could not be updated: ${error instanceof Error ? error.message : String(error)}`);
  }
}
