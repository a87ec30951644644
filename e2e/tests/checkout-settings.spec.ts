import { expect, test } from '@playwright/test';
import postgres from 'postgres';
import { DEMO } from '@tillsafe/sync-server';
import { BackOfficePage } from '../pages/back-office-page';
import { TillPage } from '../pages/till-page';

const STORE_MANAGER = { email: 'manager@cellar-harbour.example', password: 'demo-manager-password' };
const SHOTS = process.env.E2E_SHOTS_DIR;

// The other specs pay with the default providers and Challenge 25: the store gets them back.
test.afterAll(async () => {
  const db = postgres(process.env.E2E_DATABASE_URL!, { max: 1, onnotice: () => undefined });
  try {
    await db`update selling_settings set mobile_money_providers = '["M-Pesa","MTN MoMo","Airtel Money"]'::jsonb, visual_check = true, challenge_age = null where channel_id = ${DEMO.store.channel.id}`;
  } finally {
    await db.end();
  }
});

test('a store manager sets the mobile-money providers and the challenge age; the till’s age check and payment screen follow, and a store that turns visual checks off asks every time', async ({ browser }) => {
  const office = await browser.newContext();
  const page = await office.newPage();
  await new BackOfficePage(page).signIn(STORE_MANAGER.email, STORE_MANAGER.password);
  await page.getByRole('navigation', { name: 'Back office' }).getByRole('link', { name: 'Checkout' }).click();
  const form = page.getByRole('form', { name: 'Checkout settings' });
  const providers = form.getByRole('textbox', { name: /^Mobile-money providers/ });
  await expect(providers).toHaveValue('M-Pesa\nMTN MoMo\nAirtel Money');
  await providers.fill('Wave\nOrange Money');
  const challengeAge = form.getByRole('textbox', { name: /^Challenge age/ });
  await challengeAge.fill('19');
  await form.getByRole('button', { name: 'Save checkout settings' }).click();
  await expect(form.getByText("The challenge age cannot be under the store's minimum age of 21.")).toBeVisible();
  await expect(challengeAge).toHaveAttribute('aria-invalid', 'true');
  await challengeAge.fill('30');
  await form.getByRole('button', { name: 'Save checkout settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved the checkout settings of Corner Cellar.' })).toBeVisible();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/checkout-settings-1024.png` });

  const tablet = await browser.newContext();
  const tillPage = await tablet.newPage();
  const till = new TillPage(tillPage);
  await till.pair(process.env.E2E_PAIRING_CODE!, 'Checkout settings till');
  await till.signIn('Casey Morgan', '1234');
  await till.addBySearch('Glenbrae 12 Year Single Malt');
  await tillPage.getByRole('button', { name: /^Charge/ }).click();
  const ageCheck = tillPage.getByRole('dialog', { name: 'Age check' });
  await ageCheck.getByRole('button', { name: 'Clearly over 30 — no ID needed' }).click();
  await ageCheck.getByRole('button', { name: 'Continue to payment' }).click();
  await till.paymentScreen.getByRole('group', { name: 'Tender' }).getByRole('button', { name: 'Mobile money' }).click();
  const offered = till.paymentScreen.getByRole('group', { name: 'Provider' }).getByRole('button');
  await expect(offered).toHaveText(['Wave', 'Orange Money']);
  await till.paymentScreen.getByRole('button', { name: 'Cancel payment' }).click();
  await expect(till.paymentScreen).toBeHidden();

  await form.getByRole('checkbox', { name: /^Serve a customer who clearly looks over/ }).uncheck();
  await expect(challengeAge).toBeDisabled();
  await form.getByRole('button', { name: 'Save checkout settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved the checkout settings of Corner Cellar.' })).toBeVisible();

  // The till pulls the change on its own; until it has, the check still offers the visual pass.
  await expect(async () => {
    await tillPage.getByRole('button', { name: /^Charge/ }).click();
    await expect(ageCheck).toBeVisible();
    const visual = await ageCheck.getByRole('button', { name: /^Clearly over/ }).count();
    await ageCheck.getByRole('button', { name: 'Back to the cart' }).click();
    expect(visual).toBe(0);
  }).toPass({ timeout: 15_000 });
  await tillPage.getByRole('button', { name: /^Charge/ }).click();
  await expect(ageCheck.getByRole('button', { name: 'Check date' })).toBeVisible();

  await page.setViewportSize({ width: 768, height: 1024 });
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/checkout-settings-768.png` });
  await office.close();
  await tablet.close();
});
