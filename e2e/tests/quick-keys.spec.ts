import { expect, test, type Page } from '@playwright/test';
import postgres from 'postgres';
import { DEMO } from '@tillsafe/sync-server';
import { BackOfficePage } from '../pages/back-office-page';
import { TillPage } from '../pages/till-page';

const STORE_MANAGER = { email: 'manager@cellar-harbour.example', password: 'demo-manager-password' };
const SHOTS = process.env.E2E_SHOTS_DIR;

// The other specs sell from categories and search: whatever happens here, the store ends with no quick keys.
test.afterAll(async () => {
  const db = postgres(process.env.E2E_DATABASE_URL!, { max: 1, onnotice: () => undefined });
  try {
    await db`update selling_settings set quick_keys = '[]'::jsonb where channel_id = ${DEMO.store.channel.id}`;
  } finally {
    await db.end();
  }
});

/** The back office's quick-key editor, through roles and labels. */
function editorOf(page: Page) {
  const keys = page.getByRole('list', { name: 'Quick keys in till order' });
  return {
    keys,
    async add(search: string) {
      await page.getByRole('searchbox', { name: 'Search products to add' }).fill(search);
      await page.getByRole('list', { name: 'Products to add' }).getByRole('button', { name: new RegExp(`^Add ${search}`) }).first().click();
    },
    async save() {
      await page.getByRole('button', { name: 'Save quick keys' }).click();
      await expect(page.getByRole('status').filter({ hasText: /^Saved \d+ quick keys? for Corner Cellar/ })).toBeVisible();
    },
  };
}

test('a store manager sets three quick keys; the till shows them in order, a tap sells one, and a reorder reaches the till', async ({ browser }) => {
  const office = await browser.newContext();
  const page = await office.newPage();
  await new BackOfficePage(page).signIn(STORE_MANAGER.email, STORE_MANAGER.password);
  await page.getByRole('navigation', { name: 'Back office' }).getByRole('link', { name: 'Quick keys' }).click();
  await expect(page.getByRole('heading', { name: 'Quick keys', level: 1 })).toBeVisible();
  await expect(page.getByText('No quick keys yet')).toBeVisible();
  const editor = editorOf(page);

  await editor.add('Tonic Water 200ml');
  await editor.add('Salted Peanuts 100g');
  await editor.add('Glenbrae 12 Year Single Malt');
  await expect(editor.keys.getByRole('listitem')).toHaveCount(3);
  await page.getByRole('textbox', { name: /^Label for Glenbrae 12 Year/ }).fill('Glenbrae 12');
  await page.getByRole('combobox', { name: /^Colour for Glenbrae 12 Year/ }).selectOption({ label: 'Amber' });
  await expect(page.getByText('Not saved')).toBeVisible();
  await editor.save();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/quick-keys-editor-1024.png`, fullPage: true });

  const tablet = await browser.newContext();
  const tillPage = await tablet.newPage();
  const till = new TillPage(tillPage);
  await till.pair(process.env.E2E_PAIRING_CODE!, 'Quick keys till');
  await till.signIn('Casey Morgan', '1234');
  const browseBy = tillPage.getByRole('group', { name: 'Browse by' });
  await expect(browseBy.getByRole('button', { name: 'Quick keys' })).toHaveAttribute('aria-pressed', 'true');
  const pad = tillPage.getByRole('group', { name: 'Quick keys' });
  const padKeys = pad.getByRole('button');
  await expect(padKeys).toHaveCount(3);
  await expect(padKeys.nth(0)).toHaveAccessibleName(/^Tonic Water 200ml, [^,]+, \$\d+\.\d{2}$/);
  await expect(padKeys.nth(1)).toHaveAccessibleName(/^Salted Peanuts 100g, /);
  await expect(padKeys.nth(2)).toHaveAccessibleName(/^Glenbrae 12, Bottle, \$\d+\.\d{2}$/);
  if (SHOTS) await tillPage.screenshot({ path: `${SHOTS}/quick-keys-till-1024.png` });

  await padKeys.nth(1).click();
  await expect(till.cart).toContainText('Salted Peanuts 100g');
  // Keyboard: the key is a button, so Enter presses it like a tap.
  await padKeys.nth(0).focus();
  await tillPage.keyboard.press('Enter');
  await expect(till.cart).toContainText('Tonic Water 200ml');
  // A search shows its results over the pad, and the pad comes back when the box is cleared.
  await till.searchBox.fill('Glenbrae');
  await expect(tillPage.getByRole('group', { name: 'Products' })).toBeVisible();
  await till.searchBox.fill('');
  await expect(padKeys).toHaveCount(3);

  await tillPage.setViewportSize({ width: 768, height: 1024 });
  await expect(padKeys.nth(2)).toBeInViewport();
  if (SHOTS) await tillPage.screenshot({ path: `${SHOTS}/quick-keys-till-768.png` });
  await tillPage.setViewportSize({ width: 1024, height: 768 });

  // The manager puts the whisky first and drops the tonic (after saying yes); the till follows on its own.
  await page.getByRole('button', { name: 'Move Glenbrae 12 up' }).click();
  await page.getByRole('button', { name: 'Move Glenbrae 12 up' }).click();
  await expect(page.getByRole('button', { name: 'Move Glenbrae 12 up' })).toBeDisabled();
  await page.getByRole('button', { name: /^Remove Tonic Water 200ml/ }).click();
  const confirm = page.getByRole('dialog', { name: /^Remove the Tonic Water 200ml/ });
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(editor.keys.getByRole('listitem')).toHaveCount(3);
  await page.getByRole('button', { name: /^Remove Tonic Water 200ml/ }).click();
  await confirm.getByRole('button', { name: 'Remove key' }).click();
  await expect(editor.keys.getByRole('listitem')).toHaveCount(2);
  await editor.save();

  await expect(padKeys).toHaveCount(2);
  await expect(padKeys.nth(0)).toHaveAccessibleName(/^Glenbrae 12, Bottle, /);
  await expect(padKeys.nth(1)).toHaveAccessibleName(/^Salted Peanuts 100g, /);
  await padKeys.nth(0).click();
  await expect(till.cart).toContainText('Glenbrae 12 Year Single Malt');

  await page.setViewportSize({ width: 768, height: 1024 });
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/quick-keys-editor-768.png`, fullPage: true });
  await office.close();
  await tablet.close();
});
