import { expect, type Page } from '@playwright/test';

/** The till's Returns screen as a cashier uses it: find the sale, pick lines, refund. */
export class ReturnsPage {
  constructor(readonly page: Page) {}

  get receiptField() {
    return this.page.getByLabel('Receipt barcode or number');
  }

  /** Types (or a wedge scanner types) the receipt's barcode or number, then Enter. */
  async find(receipt: string) {
    await this.receiptField.fill(receipt);
    await this.receiptField.press('Enter');
    await expect(this.page.getByRole('region', { name: /^Refund of receipt / })).toBeVisible();
  }

  panel(receiptNo: string) {
    return this.page.getByRole('region', { name: `Refund of receipt ${receiptNo}` });
  }

  line(what: string) {
    return this.page.getByRole('list', { name: 'Items on the sale' }).getByRole('listitem', { name: what });
  }

  get summary() {
    return this.page.getByLabel('Refund summary');
  }

  async more(what: string) {
    await this.line(what).getByRole('button', { name: `Refund one more ${what}` }).click();
  }

  /** Refund, confirmed in the dialog; returns the amount the button showed. */
  async refund(): Promise<string> {
    const button = this.page.getByRole('button', { name: /^Refund \$/ });
    const amount = /\$[\d,]+\.\d{2}/.exec((await button.textContent()) ?? '')?.[0] ?? '';
    await button.click();
    const dialog = this.page.getByRole('dialog', { name: 'Confirm the refund' });
    await dialog.getByRole('button', { name: /^Refund \$/ }).click();
    await expect(this.page.getByRole('region', { name: 'Refund complete' })).toBeVisible();
    return amount;
  }
}
