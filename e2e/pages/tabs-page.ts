import { expect, type Locator, type Page } from '@playwright/test';
import { addFirstPack } from './till-page';
import { eventually, syncNow } from './sync-by-hand';

/** The flag a tab (and each of its lines) carries when it took lines meant for a tab another till closed. */
export const MOVED_TAB_TEXT = 'Lines added after this tab was closed on another till';

/** The bar tabs screens as a bartender uses them, through roles and labels only. */
export class TabsPage {
  constructor(readonly page: Page) {}

  get nav() {
    return this.page.getByRole('navigation', { name: 'Screens' });
  }

  get openTabs() {
    return this.page.getByRole('region', { name: 'Open tabs' });
  }

  /** The lines of the tab on screen. */
  get lines() {
    return this.page.getByRole('region', { name: 'Tab lines' });
  }

  /** A tab in the open tabs list: its accessible name starts with its label. */
  tab(label: string): Locator {
    return this.openTabs.getByRole('link', { name: new RegExp(`^${escape(label)},`) });
  }

  /** The flagged tab of a table that took lines after another till closed its tab. */
  movedTab(label: string): Locator {
    return this.openTabs.getByRole('link', { name: new RegExp(`^${escape(label)},.*${escape(MOVED_TAB_TEXT.toLowerCase())}`) });
  }

  line(what: string): Locator {
    return this.lines.getByRole('listitem', { name: new RegExp(`^${escape(what)}`) });
  }

  async goToTabs() {
    await this.nav.getByRole('link', { name: /^Tabs/ }).click();
    await expect(this.openTabs).toBeVisible();
  }

  async openNewTab(fields: { table?: string; name?: string }) {
    await this.page.getByRole('button', { name: 'New tab' }).first().click();
    const dialog = this.page.getByRole('dialog', { name: 'New tab' });
    if (fields.table !== undefined) await dialog.getByLabel('Table', { exact: true }).fill(fields.table);
    if (fields.name !== undefined) await dialog.getByLabel('Tab name', { exact: true }).fill(fields.name);
    await dialog.getByRole('button', { name: 'Open tab' }).click();
    await expect(this.lines).toBeVisible();
  }

  /** Adds a product's first pack to the tab on screen, found by search. */
  async add(product: string) {
    await this.page.getByRole('searchbox', { name: 'Search products' }).fill(product);
    await addFirstPack(this.page, this.page.getByRole('group', { name: 'Products' }).getByRole('button', { name: new RegExp(`^${escape(product)},`) }).first());
    await expect(this.lines).toContainText(product);
  }

  /** Closes the tab on screen without payment; lines this till has not sent to the bar stay unsent. */
  async closeTab() {
    await this.page.getByRole('button', { name: 'Close tab' }).click();
    const unsent = this.page.getByRole('dialog', { name: 'Not sent to the bar / kitchen' });
    const confirm = this.page.getByRole('dialog', { name: 'Close tab' });
    await expect(unsent.or(confirm)).toBeVisible();
    if (await unsent.isVisible()) await unsent.getByRole('button', { name: 'Close without sending' }).click();
    await confirm.getByRole('button', { name: 'Close tab' }).click();
    await expect(this.openTabs).toBeVisible();
  }

  /** Pulls now, from the sync panel. */
  syncNow(): Promise<void> {
    return syncNow(this.page);
  }

  /** Waits for another till's change to show; pulls by hand when no poke brought it within `pokeMs` (sync-by-hand.ts). */
  eventually(visible: Locator, options?: { pokeMs?: number; timeoutMs?: number }): Promise<number> {
    return eventually(this.page, visible, options);
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
