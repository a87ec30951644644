import { expect, type Locator, type Page } from '@playwright/test';

/** Pulls now, from the sync panel, as a cashier would when something is late. */
export async function syncNow(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sync details' }).click();
  const panel = page.getByRole('dialog', { name: 'Sync details' });
  await panel.getByRole('button', { name: 'Sync now' }).click();
  await expect(panel.getByRole('button', { name: 'Sync now' })).toBeEnabled();
  await panel.getByRole('button', { name: 'Close' }).click();
}

/**
 * Waits for what another till did to show on `page`. It should arrive by itself (a server poke
 * starts a pull within a second); if it has not after `pokeMs`, a pull is started by hand and
 * the wait starts over, up to `timeoutMs`. Returns how many hand pulls it took. Where `visible`
 * shows only in a dialog, `open` opens it before each look and `close` closes it before a pull.
 */
export async function eventually(
  page: Page,
  visible: Locator,
  { pokeMs = 5_000, timeoutMs = 45_000, open, close }: { pokeMs?: number; timeoutMs?: number; open?: () => Promise<void>; close?: () => Promise<void> } = {},
): Promise<number> {
  let pulls = 0;
  await expect(async () => {
    await open?.();
    try {
      await expect(visible).toBeVisible({ timeout: pokeMs });
    } catch (error) {
      pulls += 1;
      await close?.();
      await syncNow(page);
      throw error;
    }
  }).toPass({ timeout: timeoutMs, intervals: [0] });
  return pulls;
}
