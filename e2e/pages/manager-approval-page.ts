import { expect, type Page } from '@playwright/test';

/** The manager-PIN approval dialog at the till. */
export class ManagerApprovalPage {
  constructor(readonly page: Page) {}

  get dialog() {
    return this.page.getByRole('dialog', { name: 'Manager approval' });
  }

  /** Picks the approver (when there is a choice) and types their PIN. */
  async enterPin(approver: string, pin: string) {
    const pick = this.dialog.getByRole('list', { name: 'Staff' }).getByRole('button', { name: approver });
    if ((await pick.getAttribute('aria-pressed')) !== 'true') await pick.click();
    await this.dialog.getByLabel('PIN', { exact: true }).fill(pin);
    await this.dialog.getByRole('button', { name: 'Approve' }).click();
  }

  async approve(approver: string, pin: string) {
    await this.enterPin(approver, pin);
    await expect(this.dialog).toBeHidden();
  }
}
