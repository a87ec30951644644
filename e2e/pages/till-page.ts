import { expect, type Locator, type Page } from '@playwright/test';

/** The till as a cashier sees it: every step goes through roles and labels. */
export class TillPage {
  constructor(readonly page: Page) {}

  async pair(code: string, name = 'Till 1') {
    await this.page.goto('/');
    await this.page.getByLabel('Pairing code').fill(code);
    await this.page.getByLabel('Till name').fill(name);
    await this.page.getByRole('button', { name: 'Pair this till' }).click();
  }

  async signIn(staffName: string, pin: string) {
    await this.page.getByRole('button', { name: staffName }).click();
    await this.page.getByLabel('PIN', { exact: true }).fill(pin);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
    await expect(this.searchBox).toBeVisible();
  }

  get searchBox() {
    return this.page.getByRole('searchbox', { name: 'Search products' });
  }

  get syncStatus() {
    return this.page.getByRole('status', { name: 'Sync status' });
  }

  get cart() {
    return this.page.getByRole('region', { name: 'Cart' });
  }

  /** Finds a product by search and adds it to the cart: its first pack, when it has several. */
  async addBySearch(query: string) {
    await this.searchBox.fill(query);
    await addFirstPack(this.page, this.page.getByRole('group', { name: 'Products' }).getByRole('button', { name: new RegExp(`^${escape(query)}`) }).first());
  }

  /** Scans a barcode the way a wedge scanner types it: digits then Enter in the search box. */
  async scan(barcode: string) {
    await this.searchBox.fill(barcode);
    await this.searchBox.press('Enter');
  }

  get paymentScreen() {
    return this.page.getByRole('dialog', { name: 'Payment' });
  }

  get saleDone() {
    return this.page.getByRole('dialog', { name: 'Sale complete' });
  }

  /**
   * Taps Charge; an age-restricted cart asks for the age check first, passed here as a customer
   * clearly over the challenge age. Returns the total the Charge button showed, once the payment
   * screen is open.
   */
  async charge(): Promise<string> {
    const charge = this.page.getByRole('button', { name: /^Charge/ });
    const label = (await charge.textContent()) ?? '';
    await charge.click();
    const ageCheck = this.page.getByRole('dialog', { name: 'Age check' });
    await expect(ageCheck.or(this.paymentScreen)).toBeVisible();
    if (await ageCheck.isVisible()) {
      await ageCheck.getByRole('button', { name: /^Clearly over \d+/ }).click();
      await ageCheck.getByRole('button', { name: 'Continue to payment' }).click();
    }
    await expect(this.paymentScreen).toBeVisible();
    return /\$[\d,]+\.\d{2}/.exec(label)?.[0] ?? '';
  }

  /**
   * Charges the cart in cash (tendering 100.00 unless told); returns the total shown. Unless told to stay on
   * the "Sale complete" view, starts the next sale.
   */
  async payCash(options: { newSale?: boolean; tendered?: string } = {}): Promise<string> {
    const total = await this.charge();
    await this.paymentScreen.getByLabel('Cash received').fill(options.tendered ?? '100.00');
    await this.paymentScreen.getByRole('button', { name: /^Complete sale/ }).click();
    await expect(this.saleDone).toBeVisible();
    if (options.newSale !== false) await this.newSale();
    return total;
  }

  async newSale() {
    await this.saleDone.getByRole('button', { name: /^New sale/ }).click();
    await expect(this.saleDone).toBeHidden();
  }
}

/** Taps a product tile; a product with several packs asks which, and gets its first. */
export async function addFirstPack(page: Page, tile: Locator) {
  const choosesPack = (await tile.getAttribute('aria-haspopup')) === 'dialog';
  await tile.click();
  if (!choosesPack) return;
  const chooser = page.getByRole('dialog', { name: 'Choose a pack' });
  await chooser.getByRole('list', { name: /^Packs of / }).getByRole('button').first().click();
  await expect(chooser).toBeHidden();
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
