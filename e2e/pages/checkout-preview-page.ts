import { expect, type Page, type TestInfo } from '@playwright/test';

/** The checkout preview (apps/till/checkout-preview.html): the payment screen, age check and receipt, by roles and labels. */
export class CheckoutPreviewPage {
  constructor(
    readonly page: Page,
    private readonly testInfo: TestInfo,
  ) {}

  async open(scenario: 'payment' | 'payment-terminal' | 'age' | 'receipt' | 'receipt-copy') {
    await this.page.goto(`/checkout-preview.html?show=${scenario}`);
  }

  get payment() {
    return this.page.getByRole('dialog', { name: 'Payment' });
  }

  get ageCheck() {
    return this.page.getByRole('dialog', { name: 'Age check' });
  }

  tender(name: 'Cash' | 'Card' | 'Mobile money' | 'Points') {
    return this.payment.getByRole('group', { name: 'Tender' }).getByRole('button', { name });
  }

  get takenPayments() {
    return this.payment.getByRole('list', { name: 'Payments taken' }).getByRole('listitem');
  }

  get completeButton() {
    return this.payment.getByRole('button', { name: /^Complete sale/ });
  }

  get remaining() {
    return this.payment.getByTestId('remaining');
  }

  /** Charges the card for what is typed (or what is due), then keys in the terminal's slip. */
  async payByKeyedCard(slip: { last4: string; approvalCode: string; reference?: string }, amount?: string, beforeRecording?: () => Promise<void>) {
    await this.tender('Card').click();
    if (amount) await this.payment.getByLabel('Amount to charge').fill(amount);
    await this.payment.getByRole('button', { name: /on the terminal$/ }).click();
    const form = this.payment.getByRole('form', { name: 'Card slip' });
    await form.getByLabel('Card, last 4 digits').fill(slip.last4);
    await form.getByLabel('Approval code').fill(slip.approvalCode);
    if (slip.reference) await form.getByLabel(/Slip reference/).fill(slip.reference);
    await beforeRecording?.();
    await form.getByRole('button', { name: 'Record approval' }).click();
    await expect(form).toBeHidden();
  }

  /** What the piece handed back to its caller, as the preview shows it. */
  async result<T>(): Promise<T> {
    const text = await this.page.getByTestId('result').textContent();
    return JSON.parse(text ?? 'null') as T;
  }

  /** A screenshot kept with the test's results (dialogs' opening animations finished). */
  async shot(name: string, options: { fullPage?: boolean } = {}) {
    await this.page.screenshot({ path: this.testInfo.outputPath(`${name}.png`), animations: 'disabled', ...options });
  }
}
