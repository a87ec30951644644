import type { Page } from 'playwright-core';

/**
 * The till as a cashier drives it (the e2e suite's TillPage, without the test runner): roles and
 * labels only, no hooks into the app.
 */
export class TillUi {
  constructor(readonly page: Page) {}

  async openPairScreen(code: string, name: string): Promise<void> {
    await this.page.goto('/');
    await this.page.getByLabel('Pairing code').fill(code);
    await this.page.getByLabel('Till name').fill(name);
  }

  get pairButton() {
    return this.page.getByRole('button', { name: 'Pair this till' });
  }

  async signIn(staffName: string, pin: string): Promise<void> {
    await this.page.getByRole('button', { name: staffName }).click();
    await this.page.getByLabel('PIN', { exact: true }).fill(pin);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
    await this.searchBox.waitFor();
  }

  get searchBox() {
    return this.page.getByRole('searchbox', { name: 'Search products' });
  }

  /** A wedge scanner: the digits, then Enter, in the search box. */
  async scan(barcode: string): Promise<void> {
    await this.searchBox.fill(barcode);
    await this.searchBox.press('Enter');
  }

  /**
   * Charges the cart in cash, tendering `tendered`, and starts the next sale: Charge, the age check
   * for an age-restricted cart (a customer clearly over the age), the payment screen, the receipt.
   */
  async payCash(tendered: string): Promise<void> {
    await this.page.getByRole('button', { name: /^Charge/ }).click();
    const payment = this.page.getByRole('dialog', { name: 'Payment' });
    const ageCheck = this.page.getByRole('dialog', { name: 'Age check' });
    await ageCheck.or(payment).waitFor();
    if (await ageCheck.isVisible()) {
      await ageCheck.getByRole('button', { name: /^Clearly over \d+/ }).click();
      await ageCheck.getByRole('button', { name: 'Continue to payment' }).click();
    }
    await payment.getByLabel('Cash received').fill(tendered);
    await payment.getByRole('button', { name: /^Complete sale/ }).click();
    const done = this.page.getByRole('dialog', { name: 'Sale complete' });
    await done.getByRole('button', { name: /^New sale/ }).click();
    await done.waitFor({ state: 'detached' });
  }
}
