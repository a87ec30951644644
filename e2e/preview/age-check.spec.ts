import { expect, test } from '@playwright/test';
import { CheckoutPreviewPage } from '../pages/checkout-preview-page';

/**
 * The age check before payment, with the sample cart: a case of lager, three wines, a whisky
 * (all age-restricted) and sparkling water (not). The preview's clock is the evening of
 * 20 November 2026 in the store; the minimum age is 21.
 */
const lineIds = { lager: '0190a0e0-0000-7000-8000-0000000021e1', whisky: '0190a0e0-0000-7000-8000-0000000021e5' };

/** A US licence's PDF417 as a keyboard-wedge scanner types it: line ends as Enter, the RS control dropped. */
const licence = (dbb: string) => `@\nANSI 636000100102DL00410278ZV03190008DLDAQT64235789\nDCSAVERY\nDACJORDAN\nDBB${dbb}\nDBA12102029\nDCGUSA\n`;

test('a date of birth typed the way the store writes dates passes, and becomes the check recorded on the sale', async ({ page }, testInfo) => {
  const checkout = new CheckoutPreviewPage(page, testInfo);
  await checkout.open('age');
  await expect(checkout.ageCheck.getByRole('list', { name: 'Age-restricted items' }).getByRole('listitem')).toHaveCount(5);
  await expect(checkout.ageCheck).toContainText('7 items need the customer to be 21 or over.');
  const dob = checkout.ageCheck.getByLabel('Type the date of birth');
  await expect(dob).toHaveAttribute('placeholder', 'MM/DD/YYYY');
  await dob.pressSequentially('06151986');
  await expect(dob).toHaveValue('06/15/1986');
  await expect(checkout.ageCheck.getByText('June 15, 1986')).toBeVisible();
  await checkout.shot('age-check-entry-1024x768');
  await page.keyboard.press('Enter');
  await expect(checkout.ageCheck.getByRole('status')).toHaveText('40 years old — OK to sell');
  await checkout.shot('age-check-pass-1024x768');
  await page.setViewportSize({ width: 768, height: 1024 });
  await checkout.shot('age-check-pass-768x1024');
  await page.keyboard.press('Enter');
  const done = await checkout.result<{ passed: Record<string, string> }>();
  expect(done.passed).toEqual({ method: 'dob_entered', dateOfBirth: '1986-06-15', verifiedBy: '0190a0e0-0000-7000-8000-00000000f001', at: '2026-11-20T18:41:12-05:00' });
});

test('a scanned licence of someone under 21 blocks the restricted items, which the cashier removes in one step', async ({ page }, testInfo) => {
  const checkout = new CheckoutPreviewPage(page, testInfo);
  await checkout.open('age');
  const scan = checkout.ageCheck.getByLabel(/Scan the ID/);
  await expect(scan).toBeFocused();
  await page.keyboard.type(licence('03042007'));
  const outcome = checkout.ageCheck.getByRole('region', { name: 'Under age' });
  await expect(outcome.getByRole('alert')).toHaveText('Under 21 — 19 years old');
  await expect(outcome).toContainText('may buy these from March 4, 2028');
  const blocked = outcome.getByRole('list', { name: 'Blocked items' }).getByRole('listitem');
  await expect(blocked).toHaveCount(5);
  await expect(blocked.first()).toContainText('Harbour Lager 12 oz');
  await expect(outcome).not.toContainText('Sparkling Water');
  await checkout.shot('age-check-under-age-1024x768');
  await page.setViewportSize({ width: 768, height: 1024 });
  await checkout.shot('age-check-under-age-768x1024');
  await expect(outcome.getByRole('button', { name: 'Back to cart' })).toBeFocused();
  await outcome.getByRole('button', { name: 'Remove 7 items and continue' }).click();
  const done = await checkout.result<{ removeLines: string[] }>();
  expect(done.removeLines).toHaveLength(5);
  expect(done.removeLines).toContain(lineIds.lager);
  expect(done.removeLines).toContain(lineIds.whisky);
});

test('a product barcode scanned into the ID field is refused and selected, so the next scan replaces it', async ({ page }, testInfo) => {
  const checkout = new CheckoutPreviewPage(page, testInfo);
  await checkout.open('age');
  await page.keyboard.type('5012345678900\n');
  await expect(checkout.ageCheck.getByRole('alert')).toHaveText('This is not the barcode from the back of a US or Canadian licence or ID card.');
  await page.keyboard.type(licence('06151986'));
  await expect(checkout.ageCheck.getByRole('status')).toHaveText('40 years old — OK to sell');
  await expect(checkout.ageCheck).toContainText('ID scanned · born June 15, 1986');
});
