import { expect, test } from '@playwright/test';
import { BackOfficePage, joinByInvitation, newPage } from '../pages/back-office-page';
import { TillPage } from '../pages/till-page';

const OWNER = { email: 'owner@cellar-harbour.example', password: 'demo-owner-password' };
const SHOTS = process.env.E2E_SHOTS_DIR;

test('a cashier whose role is changed and then removed while signed in at a till: the new role applies at once, the removal signs them out with a notice', async ({ browser }) => {
  const office = await newPage(browser);
  const backOffice = new BackOfficePage(office.page);
  await backOffice.signIn(OWNER.email, OWNER.password);
  const code = await backOffice.makePairingCode('Corner Cellar (store)');
  const tablet = await newPage(browser);
  const till = new TillPage(tablet.page);
  await till.pair(code, 'Counter 9');
  await office.page.getByRole('dialog', { name: 'Pair a new till' }).getByRole('button', { name: 'Done' }).click();

  // A new cashier joins and sets a till PIN.
  const email = `jordan.${Date.now()}@cellar-harbour.example`;
  const invitee = await joinByInvitation(browser, backOffice, { email, role: 'Cashier', channel: 'Corner Cellar', name: 'Jordan Blake', password: 'a long enough password', pin: '8642' });

  // The till hears of Jordan by itself (poke, pull), and Jordan signs in and sells.
  await expect(tablet.page.getByRole('button', { name: 'Jordan Blake' })).toBeVisible({ timeout: 30_000 });
  await till.signIn('Jordan Blake', '8642');
  await till.addBySearch('Domaine Marchand Bourgogne Pinot Noir');
  await till.payCash();

  // Made a manager: the till knows at once, without a new sign-in: a 25% cart discount, beyond a
  // cashier's 10%, now needs no approval.
  await office.page.reload();
  await backOffice.memberRow('Jordan Blake').getByRole('button', { name: 'Change role of Jordan Blake' }).click();
  const changing = office.page.getByRole('dialog', { name: 'Change the role of Jordan Blake' });
  await changing.getByLabel('Role').selectOption({ label: 'Manager' });
  await changing.getByRole('button', { name: 'Save role' }).click();
  await expect(changing).toBeHidden();
  await till.addBySearch('Domaine Marchand Bourgogne Pinot Noir');
  await expect(async () => {
    await till.cart.getByRole('button', { name: 'Cart discount' }).click();
    const discount = tablet.page.getByRole('dialog', { name: 'Cart discount' });
    await discount.getByRole('radio', { name: 'Percent' }).check();
    await discount.getByLabel('Percent off').fill('25');
    await discount.getByRole('button', { name: 'Save' }).click();
    await expect(till.cart).toContainText('Cart discount −25%', { timeout: 1_000 });
    await expect(till.cart.getByRole('button', { name: 'Manager approval' })).toHaveCount(0, { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });

  // Removed: signed out to the sign-in screen, told why, and no longer on the staff list.
  await backOffice.memberRow('Jordan Blake').getByRole('button', { name: 'Remove Jordan Blake' }).click();
  await office.page.getByRole('dialog', { name: 'Remove Jordan Blake?' }).getByRole('button', { name: 'Remove member' }).click();
  await expect(tablet.page.getByRole('heading', { name: 'Who’s selling?' })).toBeVisible({ timeout: 30_000 });
  await expect(tablet.page.getByRole('alert')).toHaveText(/^Jordan Blake no longer has a role at this store, so the till signed them out\. Their sales are kept/);
  await expect(tablet.page.getByRole('button', { name: 'Jordan Blake' })).toHaveCount(0);
  // The sale Jordan made is on the server, not lost with the session.
  await expect(till.syncStatus).toContainText('0 pending');
  if (SHOTS) await tablet.page.screenshot({ path: `${SHOTS}/e2e-role-removed.png` });

  // The next person signs in; the notice has done its work.
  await till.signIn('Casey Morgan', '1234');
  await tablet.page.getByRole('button', { name: 'Sign out' }).click();
  await expect(tablet.page.getByRole('heading', { name: 'Who’s selling?' })).toBeVisible();
  await expect(tablet.page.getByRole('alert')).toHaveCount(0);

  await invitee.context.close();
  await tablet.context.close();
  await office.context.close();
});
