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
 * the wait starts over, up to `timeoutMs`. Returns how many hand pulls it took.
 */
export async function eventually(page: Page, visible: Locator, { pokeMs = 5_000, timeoutMs = 45_000 } = {}): Promise<number> {
  let pulls = 0;
  await expect(async () => {
    try {
      await expect(visible).toBeVisible({ timeout: pokeMs });
    } catch (error) {
      pulls += 1;
      await syncNow(page);
      throw error;
    }
  }).toPass({ timeout: timeoutMs, intervals: [0] });
  return pulls;
}
