import { expect, type Page } from '@playwright/test';

/** The PIN lockout on the sign-in screen and the till's idle lock, by roles and labels. */
export class PinLockPage {
  constructor(readonly page: Page) {}

  get pinField() {
    return this.page.getByLabel('PIN', { exact: true });
  }

  get keypad() {
    return this.page.getByRole('group', { name: 'Keypad' });
  }

  /** The message shown while a staff member is locked out, with its countdown. */
  lockout(name: string) {
    return this.page.getByRole('alert').filter({ hasText: `Too many wrong PINs for ${name}.` });
  }

  get lockScreen() {
    return this.page.getByRole('dialog', { name: 'Till locked' });
  }

  /** Chooses a staff member on the sign-in screen. */
  async choose(name: string) {
    await this.page.getByRole('button', { name, exact: true }).click();
    await expect(this.pinField).toBeVisible();
  }

  /** Types a PIN on the keyboard and submits it with a click. */
  async submitPin(pin: string, submit: 'Sign in' | 'Unlock' = 'Sign in') {
    await this.pinField.fill(pin);
    await this.page.getByRole('button', { name: submit, exact: true }).click();
  }

  /** Taps a PIN on the touch keypad and submits it. */
  async tapPin(pin: string, submit: 'Sign in' | 'Unlock' = 'Sign in') {
    for (const digit of pin) await this.keypad.getByRole('button', { name: digit, exact: true }).click();
    await this.page.getByRole('button', { name: submit, exact: true }).click();
  }

  /** Sets this till's idle period from the sync panel (needs a manager signed in). */
  async setIdleMinutes(minutes: number, options: { screenshot?: string } = {}) {
    await this.page.getByRole('button', { name: 'Sync details' }).click();
    const panel = this.page.getByRole('dialog', { name: 'Sync details' });
    const field = panel.getByLabel('Lock after');
    await field.selectOption(String(minutes));
    await expect(field).toHaveValue(String(minutes));
    if (options.screenshot) await this.page.screenshot({ path: options.screenshot });
    await panel.getByRole('button', { name: 'Close' }).click();
    await expect(panel).toBeHidden();
  }
}
