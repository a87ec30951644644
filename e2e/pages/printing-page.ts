import { expect, type Page } from '@playwright/test';
import { tillRows } from './till-store';

/** Printers & devices, the print queue panel and the no-sale control, by roles and labels. */
export class PrintingPage {
  constructor(readonly page: Page) {}

  get printerBadge() {
    return this.page.getByRole('button', { name: /^Printing:/ });
  }

  get noSaleButton() {
    return this.page.getByRole('button', { name: 'No sale' });
  }

  async openSettings() {
    await this.page.getByRole('link', { name: 'Printers & devices' }).click();
    await expect(this.page.getByRole('heading', { name: 'Devices' })).toBeVisible();
  }

  async backToSelling() {
    await this.page.getByRole('link', { name: 'Back to selling' }).click();
    await expect(this.page.getByRole('searchbox', { name: 'Search products' })).toBeVisible();
  }

  /** Adds a receipt printer through the browser's chooser (the fake picks its printer). */
  async addReceiptPrinter(connection: 'USB' | 'Serial port') {
    await this.page.getByRole('button', { name: /Add (a printer|device)/ }).first().click();
    const dialog = this.page.getByRole('dialog', { name: 'Add a device' });
    await dialog.getByRole('radio', { name: 'Receipt printer' }).check({ force: true });
    await dialog.getByRole('radio', { name: connection, exact: true }).check({ force: true });
    await dialog.getByRole('button', { name: 'Choose device…' }).click();
    await expect(dialog).toBeHidden();
    const detail = this.page.getByRole('region', { name: 'Receipt printer' });
    await expect(detail.getByText(/^Connected/)).toBeVisible();
  }

  async openQueue() {
    await this.printerBadge.click();
    const panel = this.page.getByRole('dialog', { name: 'Printing' });
    await expect(panel).toBeVisible();
    return panel;
  }

  /** A job row in the print queue panel by its label ("Receipt AB12-000001"). */
  job(label: string) {
    return this.page.getByRole('dialog', { name: 'Printing' }).getByRole('listitem', { name: label, exact: true });
  }

  /** The newest sale in the till's own database (IndexedDB), as the receipt should show it. */
  async latestSale(): Promise<{ id: string; receiptNo: string; total: number }> {
    const sales = await tillRows<{ id: string; receiptNo: string; total: number; soldAt: string }>(this.page, 'sales');
    const latest = sales.reduce<(typeof sales)[number] | undefined>((newest, sale) => (newest === undefined || sale.soldAt > newest.soldAt ? sale : newest), undefined);
    if (!latest) throw new Error('no sale stored');
    return { id: latest.id, receiptNo: latest.receiptNo, total: latest.total };
  }

  async signOut() {
    await this.page.getByRole('button', { name: 'Sign out' }).click();
    await expect(this.page.getByRole('heading', { name: 'Who’s selling?' })).toBeVisible();
  }
}
