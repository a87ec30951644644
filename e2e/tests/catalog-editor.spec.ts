import { expect, test } from '@playwright/test';
import { BackOfficePage } from '../pages/back-office-page';
import { CatalogPage } from '../pages/catalog-page';
import { TillPage } from '../pages/till-page';

const OWNER = { email: 'owner@cellar-harbour.example', password: 'demo-owner-password' };
const SHOTS = process.env.E2E_SHOTS_DIR;

test('a manager creates a product with a case pack and two barcodes; a paired till scans the case', async ({ browser }) => {
  const office = await browser.newContext();
  const page = await office.newPage();
  await new BackOfficePage(page).signIn(OWNER.email, OWNER.password);
  const catalog = new CatalogPage(page);
  await catalog.open();
  await expect(catalog.table).toBeVisible();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/catalog-list.png` });

  await page.getByRole('button', { name: 'New product' }).click();
  await expect(catalog.editor.getByRole('heading', { name: 'New product' })).toBeVisible();
  await catalog.fill({ Name: 'Tidewater IPA', Brand: 'Tidewater Brewing', SKU: 'TIDE-IPA-355', 'Size (ml per unit)': '355' }, { Category: 'Beer & Cider', 'Tax category': 'Alcohol 10% (10% included)', 'Deposit per unit': 'Bottle deposit' }, [
    { name: 'Bottle', units: '1', price: '3.20', barcodes: '0861000000011, 0861000000012' },
    { name: 'Case of 12', units: '12', price: '32.00', barcodes: '0861000000128' },
  ]);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/catalog-editor.png` });
  await catalog.editor.getByRole('button', { name: 'Create product' }).click();
  await expect(catalog.editor).toBeHidden();
  await catalog.search('tidewater');
  await expect(catalog.row('Tidewater IPA')).toContainText('Case of 12');
  await expect(catalog.row('Tidewater IPA')).toContainText('$32.00');

  // A second product may not take the case's barcode: the editor says so at that pack's barcodes.
  await page.getByRole('button', { name: 'New product' }).click();
  await catalog.fill({ Name: 'Tidewater Lager', SKU: 'TIDE-LAG-355' }, { Category: 'Beer & Cider', 'Tax category': 'Alcohol 10% (10% included)' }, [{ name: 'Bottle', units: '1', price: 'abc', barcodes: '0861000000128' }]);
  await catalog.editor.getByRole('button', { name: 'Create product' }).click();
  await expect(catalog.editor.getByText('Enter a price like 12.50.')).toBeVisible();
  await catalog.editor.getByLabel(/^Price/).fill('2.80');
  await catalog.editor.getByRole('button', { name: 'Create product' }).click();
  const barcodes = catalog.editor.getByLabel('Barcodes');
  await expect(barcodes).toHaveAttribute('aria-invalid', 'true');
  await expect(catalog.editor.getByText('Barcode 0861000000128 is already on Tidewater IPA (Case of 12).').first()).toBeVisible();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/catalog-editor-errors.png` });
  await catalog.editor.getByRole('button', { name: 'Cancel' }).click();

  const tablet = await browser.newContext();
  const till = new TillPage(await tablet.newPage());
  await till.pair(process.env.E2E_PAIRING_CODE!, 'Catalog till');
  await till.signIn('Casey Morgan', '1234');
  await till.scan('0861000000128');
  await expect(till.cart).toContainText('Tidewater IPA');
  await expect(till.cart).toContainText('Case of 12');
  await expect(till.cart).toContainText('$32.00');
  await office.close();
  await tablet.close();
});

test('a CSV import with a bad row previews the problem and applies nothing; fixed, it applies every row', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await new BackOfficePage(page).signIn(OWNER.email, OWNER.password);
  const catalog = new CatalogPage(page);
  await catalog.open();
  const header = 'sku,name,brand,category,tax_category,size_ml,age_restricted,deposit,active,pack,units,price,barcodes';
  const good = ['CSV-E2E-1,"Quayfront Pale, Cask",Harbour,Beer & Cider,Alcohol 10%,500,yes,,yes,Bottle,1,4.20,0862000000011', 'CSV-E2E-1,,,,,,,,,Case of 12,12,45.00,0862000000128'];
  const bad = 'CSV-E2E-2,Quayfront Stout,Harbour,Beer & Cider,Alcohol 10%,500,yes,,yes,Bottle,1,4.x,0862000000021';
  const fixed = bad.replace('4.x', '4.40');
  const upload = async (lines: string[]) => {
    await page.getByRole('dialog', { name: 'Import products' }).getByLabel('CSV file').setInputFiles({ name: 'catalog.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${[header, ...lines].join('\r\n')}\r\n`) });
  };

  await page.getByRole('button', { name: 'Import CSV' }).click();
  await upload([...good, bad]);
  const preview = page.getByRole('status', { name: 'Import preview' });
  await expect(preview).toContainText('3 rows, 1 product: 1 new, 0 updated');
  await expect(page.getByRole('table', { name: 'Row problems' })).toContainText('The price "4.x" is not an amount like 12.50.');
  await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/catalog-import-errors.png` });
  await page.getByRole('button', { name: 'Cancel' }).click();
  await catalog.search('Quayfront');
  await expect(page.getByText('Nothing matches')).toBeVisible();

  await page.getByRole('button', { name: 'Import CSV' }).click();
  await upload([...good, fixed]);
  await expect(preview).toContainText('No problems found');
  await page.getByRole('button', { name: 'Import 2 products' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported 2 products.' })).toBeVisible();
  await catalog.search('Quayfront');
  await expect(catalog.row('Quayfront Pale, Cask')).toContainText('$45.00');
  await expect(catalog.row('Quayfront Stout')).toContainText('$4.40');
  await context.close();
});
