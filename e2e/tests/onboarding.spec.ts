import { readFile } from 'node:fs/promises';
import { expect, test, type Browser } from '@playwright/test';
import postgres from 'postgres';
import { BackOfficePage, joinByInvitation, newPage as newBrowserPage } from '../pages/back-office-page';
import { addProduct } from '../pages/catalog-fixture';
import { ManagerApprovalPage } from '../pages/manager-approval-page';
import { minimalPdf, OnboardingPage } from '../pages/onboarding-page';
import { TillPage } from '../pages/till-page';

const sql = () => postgres(process.env.E2E_DATABASE_URL!, { max: 1, onnotice: () => undefined });
const ADMIN = { email: 'admin@tillsafe.example', password: 'demo-admin-password' };
const UNSUPPORTED = 'Only PDF, PNG and JPEG files are accepted, and this file is none of them (its contents were checked, not its name or stated type).';

const newPage = (browser: Browser) => newBrowserPage(browser, { acceptDownloads: true });

test('a new business sets itself up, is approved, pairs a till; its cashier signs in with a PIN, also offline, and a discount over the limit asks for a manager PIN', async ({ browser }) => {
  const owner = await newPage(browser);
  const setup = new OnboardingPage(owner.page);
  const business = `Harbour Wines ${Date.now()}`;
  await setup.signUp({ name: 'Maeve Quinn', email: `maeve.${Date.now()}@harbour-wines.example`, password: 'harbour wines 2026', business, type: 'Retail store' });

  // Straight into the wizard, at its first step, with the title focused for the keyboard.
  await expect(owner.page.getByRole('heading', { name: `Set up ${business}`, level: 1 })).toBeVisible();
  await expect(setup.stepHeading('Store or bar')).toBeFocused();
  await expect(setup.step('Warehouse')).toBeDisabled();
  await expect(setup.sidebarLink(/^Set up/)).toContainText('0/5');
  await owner.page.getByLabel('Name', { exact: true }).fill('Quay Street Wines');
  await owner.page.getByLabel('Currency').selectOption('EUR');
  await owner.page.getByLabel('Language and region').selectOption('en-IE');
  await owner.page.getByLabel('Time zone').selectOption('Europe/Dublin');
  await setup.settledShot('wizard-1-store');
  await setup.saveAndContinue();

  await expect(setup.stepHeading('Warehouse')).toBeFocused();
  await expect(owner.page.getByLabel('Warehouse name')).toHaveValue('Main stockroom');
  await setup.settledShot('wizard-2-warehouse');
  // Enter saves, as in any form.
  await owner.page.getByLabel('Warehouse name').press('Enter');

  // The liquor-store defaults are offered, editable, and saved as they are.
  await expect(setup.stepHeading('Products')).toBeFocused();
  const categories = owner.page.getByRole('list', { name: 'Categories' });
  await expect(categories.getByRole('listitem')).toHaveCount(10);
  await expect(owner.page.getByLabel('Category 1 name')).toHaveValue('Wine');
  await expect(owner.page.getByLabel('Product type of Wine')).toHaveValue('Alcoholic drinks');
  await setup.settledShot('wizard-3-products');
  await setup.saveAndContinue();
  await expect(setup.stepHeading('Tax rates')).toBeFocused();

  // Resumable: a reload opens where the business stands, with the first three steps done.
  await owner.page.reload();
  await expect(setup.stepHeading('Tax rates')).toBeVisible();
  for (const done of ['Store or bar', 'Warehouse', 'Products']) await expect(setup.step(done)).toHaveAccessibleName(`${done}, done`);
  await expect(setup.sidebarLink(/^Set up/)).toContainText('3/5');

  // A rate is read exactly from what was typed: a third decimal is refused beside the field, not rounded.
  await expect(owner.page.getByLabel('Tax rate 1 name')).toHaveValue('Standard');
  await owner.page.getByLabel('Tax rate 1 percentage').fill('8.875');
  await setup.saveAndContinue();
  await expect(owner.page.getByText('A rate has at most two decimals, such as 8.88.')).toBeVisible();
  await expect(owner.page.getByLabel('Tax rate 1 percentage')).toHaveAttribute('aria-invalid', 'true');
  await setup.settledShot('wizard-4-tax-rates-refused');
  await owner.page.getByLabel('Tax rate 1 percentage').fill('23');
  await expect(owner.page.getByText('A rate has at most two decimals, such as 8.88.')).toBeHidden();
  await owner.page.getByRole('button', { name: 'Add a tax rate' }).click();
  await owner.page.getByLabel('Tax rate 2 name').fill('Reduced');
  await owner.page.getByLabel('Tax rate 2 percentage').fill('13,5');
  await setup.settledShot('wizard-4-tax-rates');
  await setup.saveAndContinue();

  await expect(setup.stepHeading('Receipt')).toBeFocused();
  await expect(owner.page.getByLabel('Legal name')).toHaveValue(business);
  await owner.page.getByLabel('Legal name').fill('Harbour Wines Limited');
  await owner.page.getByLabel('Address').fill('12 Quay Street\nGalway H91 X2Y3');
  await owner.page.getByLabel('Tax number (optional)').fill('IE1234567T');
  await owner.page.getByLabel('Footer (optional)').fill('Thank you! Please drink responsibly.');
  await setup.settledShot('wizard-5-receipt');
  await setup.saveAndContinue();

  await expect(owner.page.getByRole('heading', { name: 'Your business is set up' })).toBeVisible();
  await expect(owner.page.getByText('Standard 23 %, Reduced 13.5 %')).toBeVisible();
  await expect(owner.page.getByText('Quay Street Wines · store · EUR · Europe/Dublin')).toBeVisible();
  await expect(setup.sidebarLink(/^Set up/)).toHaveCount(0);
  await setup.settledShot('wizard-6-done');

  // Approval: awaiting; a text file claiming to be a PDF is refused with the server's sentence.
  await owner.page.getByRole('link', { name: 'Send documents for approval' }).click();
  await expect(setup.approvalStatus).toContainText('Awaiting approval');
  const refused = await setup.sendDocument('Liquor licence', { name: 'licence.pdf', mimeType: 'application/pdf', buffer: Buffer.from('This is a plain text file, not a licence.\n') });
  await expect(refused.getByRole('alert')).toHaveText(UNSUPPORTED);
  await setup.settledShot('approval-refused');
  await expect(owner.page.getByText('No documents yet.')).toBeVisible();

  const pdf = minimalPdf('Liquor licence 2026');
  const sent = await setup.sendDocument('Liquor licence', { name: 'liquor-licence.pdf', mimeType: 'application/pdf', buffer: pdf });
  await expect(sent.getByRole('status')).toHaveText('Liquor licence sent: liquor-licence.pdf.');
  const row = setup.documentsTable.getByRole('row').filter({ hasText: 'liquor-licence.pdf' });
  await expect(row).toContainText('Liquor licence');
  await expect(row).toContainText(/\d+ (bytes|KB)/);
  await setup.settledShot('approval-pending');

  // Downloading gives back the very bytes that were sent.
  const downloading = owner.page.waitForEvent('download');
  await row.getByRole('button', { name: 'Download liquor-licence.pdf' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('liquor-licence.pdf');
  expect(Buffer.compare(await readFile(await download.path()), pdf)).toBe(0);

  // Until approved, no till can be paired.
  await setup.sidebarLink('Tills').click();
  await expect(owner.page.getByRole('button', { name: 'Pair a new till' })).toBeDisabled();

  // The platform admin lands on the queue, opens the business, reads its document and approves it.
  const admin = await newPage(browser);
  const reviewer = new OnboardingPage(admin.page);
  await new BackOfficePage(admin.page).signIn(ADMIN.email, ADMIN.password);
  await expect(admin.page.getByRole('heading', { name: 'Businesses', level: 1 })).toBeVisible();
  const queued = admin.page.getByRole('table', { name: 'Businesses' }).getByRole('row').filter({ hasText: business });
  await expect(queued).toContainText('Awaiting approval');
  await expect(queued.getByRole('cell').nth(3)).toHaveText('1');
  await reviewer.settledShot('admin-businesses');
  await queued.getByRole('link', { name: business }).click();
  await expect(admin.page.getByRole('heading', { name: business, level: 1 })).toBeVisible();
  const reviewed = reviewer.documentsTable.getByRole('row').filter({ hasText: 'liquor-licence.pdf' });
  await expect(reviewed).toContainText('maeve.');
  const adminDownload = admin.page.waitForEvent('download');
  await reviewed.getByRole('button', { name: 'Download liquor-licence.pdf' }).click();
  expect(Buffer.compare(await readFile(await (await adminDownload).path()), pdf)).toBe(0);
  await reviewer.settledShot('admin-review');

  await admin.page.getByRole('button', { name: 'Approve', exact: true }).click();
  const approving = admin.page.getByRole('dialog', { name: `Approve ${business}?` });
  await expect(approving.getByLabel('Note (optional)')).toBeFocused();
  await approving.getByLabel('Note (optional)').fill('Licence checked against the register.');
  await reviewer.shot('admin-approve-dialog');
  await approving.getByRole('button', { name: 'Approve business' }).click();
  await expect(approving).toBeHidden();
  await expect(admin.page.getByRole('region', { name: 'Decision' })).toContainText('Approved');
  await expect(admin.page.getByRole('button', { name: 'Approve', exact: true })).toHaveCount(0);

  // Back as the owner: approved, with the reviewer's note, and a till can be paired.
  await setup.sidebarLink('Approval').click();
  await owner.page.reload();
  await expect(setup.approvalStatus).toContainText('Approved');
  await expect(setup.approvalStatus).toContainText('Licence checked against the register.');
  await expect(owner.page.getByRole('status').filter({ hasText: 'awaiting approval' })).toHaveCount(0);
  await setup.settledShot('approval-approved');
  await setup.sidebarLink('Tills').click();
  const code = await new BackOfficePage(owner.page).makePairingCode('Quay Street Wines (store)');
  expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);

  // Done-when of issue 4: the owner and an invited cashier set their till PINs; the till is
  // enrolled with the code in a second browser; the cashier signs in with the PIN, offline too,
  // and a discount over the cashier's limit asks for the owner's PIN before the sale completes.
  await owner.page.keyboard.press('Escape');
  const office = new BackOfficePage(owner.page);
  const cashier = await joinByInvitation(browser, office, {
    email: `niamh.${Date.now()}@harbour-wines.example`,
    role: 'Cashier',
    channel: 'Quay Street Wines',
    name: 'Niamh Walsh',
    password: 'niamh sells wine 2026',
    pin: '1357',
  });
  await office.setTillPin('2468');
  await setup.settledShot('till-pin-saved');
  await owner.page.screenshot({ path: test.info().outputPath('till-pin-saved.png') });
  await cashier.context.close();
  // The back office cannot add products yet (the catalog editor comes later): one bottle of wine
  // goes straight into the database, with its change-log entry, as the catalog editor would.
  const wine = await addProduct(business, 'Quay Street Rioja 750ml', 2000);

  const till = await newPage(browser);
  const tillPage = new TillPage(till.page);
  await tillPage.pair(code, 'Quay till 1');
  await tillPage.signIn('Niamh Walsh', '1357');
  await till.context.setOffline(true);
  await till.page.getByRole('button', { name: 'Sign out' }).click();
  await expect(till.page.getByRole('heading', { name: 'Who’s selling?' })).toBeVisible();
  await tillPage.signIn('Niamh Walsh', '1357');
  await tillPage.addBySearch(wine);
  await till.page.getByRole('region', { name: 'Cart' }).getByRole('button', { name: 'Cart discount' }).click();
  const discount = till.page.getByRole('dialog', { name: 'Cart discount' });
  await discount.getByRole('radio', { name: 'Percent' }).check();
  await discount.getByLabel('Percent off').fill('25');
  await discount.getByRole('button', { name: 'Save' }).click();
  await tillPage.cart.getByRole('button', { name: 'Manager approval' }).click();
  const approval = new ManagerApprovalPage(till.page);
  await expect(approval.dialog).toContainText('A 25% discount is beyond the cashier’s 10% limit.');
  await expect(approval.dialog.getByRole('list', { name: 'Staff' }).getByRole('button')).toHaveText([/Maeve Quinn/]);
  await till.page.screenshot({ path: test.info().outputPath('till-manager-approval.png') });
  await approval.approve('Maeve Quinn', '2468');
  await expect(tillPage.cart).toContainText('Cart discount −25%, manager approved');
  await tillPage.payCash({ tendered: '20.00' });
  await expect(tillPage.syncStatus).toContainText('Offline');
  await till.context.setOffline(false);
  await expect(tillPage.syncStatus).toContainText('0 pending', { timeout: 30_000 });

  const db = sql();
  try {
    const [sale] = await db<{ approver: string; actor: string }[]>`
      select a.name as approver, c.name as actor from sales s join staff a on a.id = s.approver_id join staff c on c.id = s.actor_id
      join devices d on d.id = s.device_id where d.name = 'Quay till 1'`;
    expect(sale).toEqual({ approver: 'Maeve Quinn', actor: 'Niamh Walsh' });
    const trail = await db<{ action: string; who: string }[]>`
      select l.action, s.name as who from audit_log l join staff s on s.id = l.actor_staff_id join devices d on d.id = l.device_id
      where d.name = 'Quay till 1' order by l.at`;
    expect(trail).toEqual([
      { action: 'till.sign_in', who: 'Niamh Walsh' },
      { action: 'till.sign_in', who: 'Niamh Walsh' },
      { action: 'sale.discount_approved', who: 'Niamh Walsh' },
    ]);
  } finally {
    await db.end();
  }
  await till.context.close();

  // The owner reads it all in the audit log: the till's sign-ins and the approved discount.
  await office.openAudit();
  const log = owner.page.getByRole('table', { name: 'Audit log' });
  await expect(log.getByRole('row').filter({ hasText: 'Discount approved by a manager' })).toContainText('approved by Maeve Quinn');
  await expect(log.getByRole('row').filter({ hasText: 'Signed in at a till' }).first()).toContainText('Niamh Walsh');
  await owner.page.getByLabel('Action').selectOption({ label: 'Signed in at a till' });
  await expect(log.getByRole('row')).toHaveCount(3);
  await setup.settledShot('audit-log');
  await owner.page.screenshot({ path: test.info().outputPath('audit-log.png') });
  await admin.context.close();
  await owner.context.close();
});

test('a rejected business sees the reason, sends a new document and is back in the queue; only platform admins review', async ({ browser }) => {
  const owner = await newPage(browser);
  const setup = new OnboardingPage(owner.page);
  const business = `Night Owl Bar ${Date.now()}`;
  await setup.signUp({ name: 'Tomás Byrne', email: `tomas.${Date.now()}@night-owl.example`, password: 'night owl bar 2026', business, type: 'Bar or restaurant' });
  await expect(setup.stepHeading('Store or bar')).toBeVisible();
  // A bar's first channel is proposed as a bar.
  await expect(owner.page.getByRole('radio', { name: 'Bar' })).toBeChecked();

  // Not a platform admin: the review pages are not for this person.
  await owner.page.goto('/admin/businesses');
  await expect(owner.page.getByRole('heading', { name: `Set up ${business}`, level: 1 })).toBeVisible();

  const admin = await newPage(browser);
  await new BackOfficePage(admin.page).signIn(ADMIN.email, ADMIN.password);
  await admin.page.getByRole('table', { name: 'Businesses' }).getByRole('link', { name: business }).click();
  await admin.page.getByRole('button', { name: 'Reject', exact: true }).click();
  const rejecting = admin.page.getByRole('dialog', { name: `Reject ${business}?` });
  // A reason is required, and said so in place.
  await rejecting.getByRole('button', { name: 'Reject business' }).click();
  await expect(rejecting.getByRole('alert')).toHaveText('Give the reason, so the business knows what to send or change (at least 3 characters).');
  await rejecting.getByLabel('Reason').fill('No liquor licence was sent; send the current one.');
  await rejecting.getByRole('button', { name: 'Reject business' }).click();
  await expect(rejecting).toBeHidden();
  await expect(admin.page.getByRole('region', { name: 'Decision' })).toContainText('No liquor licence was sent; send the current one.');
  await admin.page.getByRole('link', { name: '← Businesses' }).click();
  // Decided, it has left the queue of businesses awaiting approval.
  await expect(admin.page.getByRole('table', { name: 'Businesses' }).or(admin.page.getByText('Nothing to review'))).toBeVisible();
  await expect(admin.page.getByRole('row').filter({ hasText: business })).toHaveCount(0);
  await admin.page.getByRole('button', { name: 'Not approved' }).click();
  await expect(admin.page.getByRole('table', { name: 'Businesses' })).toContainText(business);

  await owner.page.goto('/admin');
  await setup.sidebarLink('Approval').click();
  await expect(setup.approvalStatus).toContainText('Not approved');
  await expect(setup.approvalStatus).toContainText('Reason given: No liquor licence was sent; send the current one.');
  await setup.settledShot('approval-rejected');
  const sent = await setup.sendDocument('Liquor licence', { name: 'licence.pdf', mimeType: 'application/pdf', buffer: minimalPdf('Bar licence') });
  await expect(sent.getByRole('status')).toHaveText('Liquor licence sent: licence.pdf.');
  // Sending a document put the business back in the queue, and the page follows.
  await expect(setup.approvalStatus).toContainText('Awaiting approval');
  await admin.page.getByRole('button', { name: 'Awaiting approval' }).click();
  await expect(admin.page.getByRole('table', { name: 'Businesses' }).getByRole('row').filter({ hasText: business })).toContainText('Awaiting approval');

  await admin.context.close();
  await owner.context.close();
});
