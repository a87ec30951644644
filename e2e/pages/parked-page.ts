import { expect, type Locator, type Page } from '@playwright/test';
import { eventually } from './sync-by-hand';

/** The sell screen's parked sales as a cashier uses them: by roles and labels. */
export class ParkedPage {
  constructor(readonly page: Page) {}

  /** "Parked sales (n)": the button that opens the list, its count in the name. */
  listButton(count: number) {
    return this.page.getByRole('button', { name: `Parked sales (${count})` });
  }

  get dialog() {
    return this.page.getByRole('dialog', { name: 'Parked sales' });
  }

  row(label: string): Locator {
    return this.dialog.getByRole('listitem', { name: `Parked sale: ${label}` });
  }

  /** Parks the cart with Alt+P, under a label. */
  async parkWithShortcut(label: string) {
    await this.page.keyboard.press('Alt+KeyP');
    const park = this.page.getByRole('dialog', { name: 'Park sale' });
    await park.getByLabel('Label (optional)').fill(label);
    await park.getByRole('button', { name: 'Park sale' }).click();
    await expect(park).toBeHidden();
  }

  async openList(count?: number) {
    await (count === undefined ? this.page.getByRole('button', { name: /^Parked sales \(\d+\)$/ }) : this.listButton(count)).click();
    await expect(this.dialog).toBeVisible();
  }

  /** Opens the list and waits for a parked sale another till parked to show in it. */
  async waitForRow(label: string) {
    await eventually(this.page, this.row(label), { open: () => this.openList(), close: () => this.closeList() });
  }

  async closeList() {
    await this.dialog.getByRole('button', { name: 'Close' }).click();
    await expect(this.dialog).toBeHidden();
  }

  /** Waits for another till's change to show; pulls by hand when no poke brought it within `pokeMs` (sync-by-hand.ts). */
  eventually(visible: Locator, options?: { pokeMs?: number; timeoutMs?: number }): Promise<number> {
    return eventually(this.page, visible, options);
  }
}
