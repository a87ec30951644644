import { expect, test } from '@playwright/test';
import { BackOfficePage, mailedInvitationLink, newPage } from '../pages/back-office-page';
import { TillPage } from '../pages/till-page';

const OWNER = { email: 'owner@cellar-harbour.example', password: 'demo-owner-password' };
const PRODUCT = 'Domaine Marchand Bourgogne Pinot Noir';
const SHOTS = process.env.E2E_SHOTS_DIR;
const REFRESH_TOKEN_KEY = 'tillsafe.office.refreshToken';

test('the owner makes a pairing code, a second browser pairs with it, and the till is renamed and revoked; the till says so on its next sync', async ({ browser }) => {
  const office = await newPage(browser);
  const backOffice = new BackOfficePage(office.page);
  if (SHOTS) {
    await office.page.goto('/admin/sign-in');
    await office.page.screenshot({ path: `${SHOTS}/e2e-sign-in.png` });
  }
  await backOffice.signIn(OWNER.email, OWNER.password);
  const tillsHeading = office.page.getByRole('heading', { name: 'Tills', level: 1 });
  await expect(tillsHeading).toBeVisible();
  // A reload resumes the sign-in from the stored refresh token; the idle lock is the till's, not here.
  await office.page.reload();
  await expect(tillsHeading).toBeVisible();

  const code = await backOffice.makePairingCode('Corner Cellar (store)');
  const pairDialog = office.page.getByRole('dialog', { name: 'Pair a new till' });
  await expect(pairDialog.getByRole('timer', { name: 'Time left' })).toHaveText(/^(10:00|9:[0-5]\d) left · single use$/);
  if (SHOTS) await office.page.screenshot({ path: `${SHOTS}/e2e-pairing-code.png` });

  const tablet = await newPage(browser);
  const till = new TillPage(tablet.page);
  await till.pair(code, 'Counter 2');
  await expect(tablet.page.getByRole('heading', { name: 'Who’s selling?' })).toBeVisible();
  // The open dialog notices the till that used its code.
  await expect(pairDialog.getByText('Counter 2 is paired')).toBeVisible({ timeout: 20_000 });
  await pairDialog.getByRole('button', { name: 'Done' }).click();
  await expect(backOffice.tillRow('Counter 2')).toContainText('Corner Cellar');
  await expect(backOffice.tillRow('Counter 2')).toContainText('Active');

  // Renamed in place, with the keyboard.
  await backOffice.tillRow('Counter 2').getByRole('button', { name: 'Rename Counter 2' }).click();
  const newName = office.page.getByLabel('New name for Counter 2');
  await newName.fill('Front counter');
  await newName.press('Enter');
  await expect(backOffice.tillRow('Front counter')).toBeVisible();

  // A sale on it syncs, and the list shows how far it got.
  await till.signIn('Casey Morgan', '1234');
  await till.addBySearch(PRODUCT);
  await till.payCash();
  await expect(till.syncStatus).toContainText('0 pending', { timeout: 30_000 });
  await office.page.reload();
  await expect(backOffice.tillRow('Front counter').getByRole('cell').nth(3)).toHaveText(/^[1-9]\d*$/);
  if (SHOTS) await office.page.screenshot({ path: `${SHOTS}/e2e-tills.png` });

  await backOffice.tillRow('Front counter').getByRole('button', { name: 'Revoke Front counter' }).click();
  const confirm = office.page.getByRole('dialog', { name: 'Revoke Front counter?' });
  await expect(confirm).toContainText('Its unsynced sales stay on it and can be exported');
  await confirm.getByRole('button', { name: 'Revoke till' }).click();
  await expect(confirm).toBeHidden();
  await expect(backOffice.tillRow('Front counter')).toContainText('Revoked');
  await expect(backOffice.tillRow('Front counter').getByRole('button', { name: 'Revoke Front counter' })).toHaveCount(0);

  // The till keeps selling, keeps the sale, and says plainly why it no longer syncs.
  await till.addBySearch(PRODUCT);
  await till.payCash();
  await expect(till.syncStatus).toContainText('1 pending');
  await tablet.page.getByRole('button', { name: 'Sync details' }).click();
  await expect(tablet.page.getByRole('dialog', { name: 'Sync details' })).toContainText('This till has been revoked by a manager. Export its unsynced sales and pair it again.', {
    timeout: 30_000,
  });

  await tablet.context.close();
  await office.context.close();
});

test('the owner invites a manager who accepts in another browser; refusals (last owner, a role taken away) read as sentences', async ({ browser }) => {
  const office = await newPage(browser);
  const backOffice = new BackOfficePage(office.page);
  await backOffice.signIn(OWNER.email, OWNER.password);
  await backOffice.openMembers();
  const email = `riley.${Date.now()}@cellar-harbour.example`;
  const inviting = await backOffice.invite(email, 'Manager', 'Corner Cellar');
  await expect(inviting).toBeHidden();
  await expect(backOffice.invitationsTable.getByRole('row').filter({ hasText: email })).toContainText('Manager');
  if (SHOTS) await office.page.screenshot({ path: `${SHOTS}/e2e-members.png` });

  const invitee = await newPage(browser);
  await invitee.page.goto(await mailedInvitationLink(email));
  await expect(invitee.page.getByRole('heading', { name: 'Join your team' })).toBeVisible();
  await invitee.page.getByLabel('Your name').fill('Riley Chen');
  await invitee.page.getByLabel('Choose a password').fill('a long enough password');
  await invitee.page.getByRole('button', { name: 'Create account and join' }).click();
  // A store manager lands on the store's tills.
  await expect(invitee.page.getByRole('heading', { name: 'Tills', level: 1 })).toBeVisible();
  await expect(invitee.page.getByText('Riley Chen', { exact: true })).toBeVisible();

  await office.page.reload();
  await expect(backOffice.memberRow('Riley Chen')).toContainText('Manager');
  await expect(backOffice.memberRow('Riley Chen')).toContainText('Corner Cellar');
  await expect(office.page.getByText('No invitations waiting.')).toBeVisible();

  // The only owner cannot remove herself: the server's LAST_OWNER, as its sentence.
  await backOffice.memberRow('Olivia Park').getByRole('button', { name: 'Remove Olivia Park' }).click();
  const removing = office.page.getByRole('dialog', { name: 'Remove Olivia Park?' });
  await removing.getByRole('button', { name: 'Remove member' }).click();
  await expect(removing.getByRole('alert')).toHaveText('This is the organisation’s only owner. Make someone else an owner first.');
  await removing.getByRole('button', { name: 'Cancel' }).click();
  await expect(backOffice.memberRow('Olivia Park')).toContainText('Owner');

  // Riley opens Members, then the owner makes Riley a cashier: Riley's next invitation is refused.
  const riley = new BackOfficePage(invitee.page);
  await riley.openMembers();
  await expect(riley.memberRow('Olivia Park').getByRole('button')).toHaveCount(0);
  await backOffice.memberRow('Riley Chen').getByRole('button', { name: 'Change role of Riley Chen' }).click();
  const changing = office.page.getByRole('dialog', { name: 'Change the role of Riley Chen' });
  await changing.getByLabel('Role').selectOption({ label: 'Cashier' });
  await changing.getByRole('button', { name: 'Save role' }).click();
  await expect(changing).toBeHidden();
  await expect(backOffice.memberRow('Riley Chen')).toContainText('Cashier');

  const refused = await riley.invite(`sam.${Date.now()}@cellar-harbour.example`, 'Cashier', 'Corner Cellar');
  await expect(refused.getByRole('alert')).toHaveText('Your role here does not allow managing members. Ask an owner if you need it.');

  await invitee.context.close();
  await office.context.close();
});

test('a new business signs up and is told plainly it awaits approval; an existing account signs in to accept an invitation; a reused sign-in and a locked one are explained', async ({ browser }) => {
  const founder = await newPage(browser);
  const email = `founder.${Date.now()}@corner-shop.example`;
  const password = 'founder password 1';
  await founder.page.goto('/admin/sign-up');
  await founder.page.getByLabel('Your name').fill('Dana Ruiz');
  await founder.page.getByLabel('Email').fill(email);
  await founder.page.getByLabel('Password').fill(password);
  await founder.page.getByLabel('Business name').fill('Ruiz Wines');
  await founder.page.getByLabel('Business type').selectOption({ label: 'Retail store' });
  await founder.page.getByRole('button', { name: 'Create account' }).click();
  await expect(founder.page.getByRole('status').filter({ hasText: 'awaiting approval' })).toHaveText(
    'Your business is awaiting approval. You can set up your catalog; tills can be enrolled once approved.',
  );
  // A new business opens on its set-up wizard; its tills wait for approval.
  await founder.page.getByRole('navigation', { name: 'Back office' }).getByRole('link', { name: 'Tills' }).click();
  await expect(founder.page.getByRole('button', { name: 'Pair a new till' })).toBeDisabled();

  // Invited to the demo organisation as a bartender, Dana opens the link signed out (a new browser).
  const office = await newPage(browser);
  const backOffice = new BackOfficePage(office.page);
  await backOffice.signIn(OWNER.email, OWNER.password);
  await backOffice.openMembers();
  await expect(await backOffice.invite(email, 'Bartender', 'Harbour Bar')).toBeHidden();
  const elsewhere = await newPage(browser);
  await elsewhere.page.goto(await mailedInvitationLink(email));
  await elsewhere.page.getByLabel('Your name').fill('Dana Ruiz');
  await elsewhere.page.getByLabel('Choose a password').fill('another long password');
  await elsewhere.page.getByRole('button', { name: 'Create account and join' }).click();
  await expect(elsewhere.page.getByRole('alert')).toContainText(`An account for ${email} already exists: sign in with it`);
  await elsewhere.page.getByLabel('Email').fill(email);
  await elsewhere.page.getByLabel('Password').fill(password);
  await elsewhere.page.getByRole('button', { name: 'Sign in and join' }).click();
  // Two organisations now: a choice, then the demo one, where a bartender has nothing to manage.
  await expect(elsewhere.page.getByRole('heading', { name: 'Choose an organisation' })).toBeVisible();
  await elsewhere.page.getByRole('link', { name: /Cellar & Harbour Co\./ }).click();
  await expect(elsewhere.page.getByText('You are a bartender here.')).toBeVisible();

  // The same refresh token spent twice (copied to another browser): signed out everywhere, told why.
  const stolen = await elsewhere.page.evaluate((key) => localStorage.getItem(key), REFRESH_TOKEN_KEY);
  expect(stolen).toBeTruthy();
  const thief = await newPage(browser);
  await thief.page.goto('/admin/sign-in');
  // Only once the page has settled (it looked for a stored sign-in when it opened).
  await expect(thief.page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await thief.page.evaluate(([key, token]) => {
    localStorage.setItem(key!, token!);
  }, [REFRESH_TOKEN_KEY, stolen]);
  await thief.page.goto('/admin');
  await expect(thief.page.getByRole('heading', { name: 'Choose an organisation' })).toBeVisible();
  await elsewhere.page.reload();
  await expect(elsewhere.page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expect(elsewhere.page.getByText(/^For your safety you were signed out everywhere: this sign-in was also used from another place\./)).toBeVisible();

  // Wrong passwords say so; the fifth pauses the account, with the minutes, even for the right one.
  const locked = /^Too many failed sign-ins\. For your safety, signing in is paused for 1[45] minutes\./;
  for (let i = 1; i <= 5; i += 1) {
    await elsewhere.page.getByLabel('Email').fill(email);
    await elsewhere.page.getByLabel('Password').fill(`wrong password ${i}`);
    await elsewhere.page.getByRole('button', { name: 'Sign in' }).click();
    await expect(elsewhere.page.getByRole('alert')).toHaveText(i < 5 ? 'That email and password do not match an account. Check both and try again.' : locked);
  }
  await elsewhere.page.getByLabel('Password').fill(password);
  await elsewhere.page.getByRole('button', { name: 'Sign in' }).click();
  await expect(elsewhere.page.getByRole('alert')).toHaveText(locked);
  await expect(elsewhere.page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  if (SHOTS) await elsewhere.page.screenshot({ path: `${SHOTS}/e2e-sign-in-locked.png` });

  for (const page of [founder, office, elsewhere, thief]) await page.context.close();
});
