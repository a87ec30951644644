import { expect, test, type Browser } from '@playwright/test';
import { BackOfficePage } from '../pages/back-office-page';

const OWNER = { email: 'owner@cellar-harbour.example', password: 'demo-owner-password' };
const STORE_MANAGER = { email: 'manager@cellar-harbour.example', password: 'demo-manager-password' };

async function signedIn(browser: Browser, who: { email: string; password: string }, viewport = { width: 1024, height: 768 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const office = new BackOfficePage(page);
  await office.signIn(who.email, who.password);
  await expect(page.getByRole('navigation', { name: 'Back office' })).toBeVisible();
  return { context, page, office };
}

test("a store's manager reads the store's audit entries and not the bar's; the owner reads both", async ({ browser }) => {
  const stamp = Date.now();
  const storeEmail = `store.${stamp}@cellar-harbour.example`;
  const barEmail = `bar.${stamp}@cellar-harbour.example`;

  const manager = await signedIn(browser, STORE_MANAGER);
  await manager.office.openMembers();
  await expect(await manager.office.invite(storeEmail, 'Cashier', 'Corner Cellar')).toBeHidden();
  const owner = await signedIn(browser, OWNER);
  await owner.office.openMembers();
  await expect(await owner.office.invite(barEmail, 'Bartender', 'Harbour Bar')).toBeHidden();

  const invitations = (page: typeof manager.page) => page.getByRole('table', { name: 'Audit log' }).getByRole('row').filter({ hasText: 'Invited' });
  await manager.office.openAudit();
  await expect(manager.page.getByText('What happened in your stores')).toBeVisible();
  await manager.page.getByLabel('Action').selectOption({ label: 'Invited' });
  await expect(invitations(manager.page).filter({ hasText: storeEmail })).toHaveCount(1);
  await expect(invitations(manager.page).filter({ hasText: barEmail })).toHaveCount(0);
  await manager.page.screenshot({ path: test.info().outputPath('store-manager-audit-1024.png') });

  await owner.office.openAudit();
  await owner.page.getByLabel('Action').selectOption({ label: 'Invited' });
  await expect(invitations(owner.page).filter({ hasText: storeEmail })).toHaveCount(1);
  await expect(invitations(owner.page).filter({ hasText: barEmail })).toHaveCount(1);

  // The same page upright on a tablet.
  const upright = await signedIn(browser, STORE_MANAGER, { width: 768, height: 1024 });
  await upright.office.openAudit();
  await expect(upright.page.getByRole('table', { name: 'Audit log' }).getByRole('row').filter({ hasText: storeEmail })).toHaveCount(1);
  await upright.page.screenshot({ path: test.info().outputPath('store-manager-audit-768.png') });
  for (const c of [manager.context, owner.context, upright.context]) await c.close();
});
