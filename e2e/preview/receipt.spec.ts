import { expect, test } from '@playwright/test';
import { CheckoutPreviewPage } from '../pages/checkout-preview-page';

/**
 * The receipt of the sample sale — a record made by the real `sale.complete` mutator — on screen
 * and as the browser prints it: 80 mm wide, one page as long as the receipt, a reprint marked COPY.
 */
test('the receipt on screen: every rule explained, deposits, tax, the split tender, points, the age check', async ({ page }, testInfo) => {
  const checkout = new CheckoutPreviewPage(page, testInfo);
  await checkout.open('receipt');
  const receipt = page.getByRole('article', { name: 'Receipt CC-03-000142' });
  await expect(receipt).toBeVisible();
  for (const text of ['CC-03-000142', 'Mix 6 wines −10%', 'Bottle deposit 24 × $0.05', 'Sales tax 8.25%', '$212.63', 'Card •••• 4242', 'Approval 83KQ1Z · Ref ING-77-000481', '$12.37', 'You saved $9.60 today', 'Age verified: ID scanned by Casey Morgan']) {
    await expect(receipt).toContainText(text);
  }
  await expect(receipt).not.toContainText('1986');
  const saleBarcode = `TS${'0190a0e0-0000-7000-8000-0000000052a1'.replaceAll('-', '').toUpperCase()}`;
  await expect(receipt.getByRole('img', { name: `QR code of the sale, for returns: ${saleBarcode}` })).toBeVisible();
  await expect(receipt).not.toContainText('COPY');
  await checkout.shot('receipt-screen-1024x768', { fullPage: true });
  await page.setViewportSize({ width: 768, height: 1024 });
  await checkout.shot('receipt-screen-768x1024', { fullPage: true });
  await page.emulateMedia({ media: 'print' });
  await checkout.shot('receipt-print', { fullPage: true });
});

test('Print prints through the browser at 80 mm on one page; every print after the first is a COPY', async ({ page }, testInfo) => {
  await page.addInitScript(() => {
    const print = window.print.bind(window);
    Object.assign(window, { printCalls: 0 });
    window.print = () => {
      (window as unknown as { printCalls: number }).printCalls += 1;
      print();
    };
  });
  const checkout = new CheckoutPreviewPage(page, testInfo);
  await checkout.open('receipt');
  const sheet = page.locator('.receipt-print-sheet');
  await page.getByRole('button', { name: 'Print receipt' }).click();
  await expect(page.getByTestId('printed')).toHaveText('original');
  await expect(page.getByRole('button', { name: 'Reprint (COPY)' })).toBeVisible();
  await expect(sheet).toContainText('— COPY —');
  await page.getByRole('button', { name: 'Reprint (COPY)' }).click();
  await expect(page.getByTestId('printed')).toHaveText('original,copy');
  expect(await page.evaluate(() => (window as unknown as { printCalls: number }).printCalls)).toBe(2);

  await page.emulateMedia({ media: 'print' });
  await checkout.shot('receipt-print-copy', { fullPage: true });
  const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
  const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)];
  expect(boxes).toHaveLength(1);
  // 80 mm is 226.77 pt; the page is as long as the receipt.
  expect(Number(boxes[0]![1])).toBeCloseTo(226.77, 0);
  expect(Number(boxes[0]![2])).toBeGreaterThan(600);
});

test('a receipt opened again (a reprint) says COPY on screen too', async ({ page }, testInfo) => {
  const checkout = new CheckoutPreviewPage(page, testInfo);
  await checkout.open('receipt-copy');
  const receipt = page.getByRole('article', { name: 'Receipt CC-03-000142' });
  await expect(receipt.getByLabel('Copy: a reprint of the original receipt')).toHaveCount(2);
  await expect(page.getByRole('button', { name: 'Reprint (COPY)' })).toBeVisible();
});
