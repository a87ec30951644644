import { expect, test } from '@playwright/test';
import postgres from 'postgres';
import { ManagerApprovalPage } from '../pages/manager-approval-page';
import { TillPage } from '../pages/till-page';

/**
 * A discount beyond the cashier's limit waits for a manager: the manager picks their name on the
 * cashier's till and types their PIN (checked offline against the synced hash, with the sign-in
 * lockout), the sale completes, and the server stores the approver it re-checked.
 */
const sql = () => postgres(process.env.E2E_DATABASE_URL!, { max: 1, onnotice: () => undefined });
const PAIRING = () => process.env.E2E_PAIRING_CODE!;

test("a cart discount over the cashier's limit is approved with a manager's PIN, and the sale records the approver", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const till = new TillPage(page);
  const approval = new ManagerApprovalPage(page);
  await till.pair(PAIRING(), 'Approval till');
  await till.signIn('Casey Morgan', '1234');
  await till.addBySearch('Domaine Marchand Bourgogne Pinot Noir');

  await till.cart.getByRole('button', { name: 'Cart discount' }).click();
  const discount = page.getByRole('dialog', { name: 'Cart discount' });
  await discount.getByRole('radio', { name: 'Percent' }).check();
  await discount.getByLabel('Percent off').fill('20');
  await discount.getByRole('button', { name: 'Save' }).click();
  const charge = page.getByRole('button', { name: /^Charge/ });
  await expect(charge).toBeDisabled();

  await till.cart.getByRole('button', { name: 'Manager approval' }).click();
  await expect(approval.dialog).toContainText('A 20% discount is beyond the cashier’s 10% limit.');
  // Only those who may approve are offered: the owner and the manager, never the cashier asking.
  await expect(approval.dialog.getByRole('list', { name: 'Staff' }).getByRole('button')).toHaveText([/Marcus Reid/, /Olivia Park/]);
  await approval.enterPin('Marcus Reid', '9999');
  await expect(approval.dialog.getByRole('alert')).toHaveText('Wrong PIN. 4 tries left.');
  await page.screenshot({ path: test.info().outputPath('approval-wrong-pin.png') });
  await page.setViewportSize({ width: 768, height: 1024 });
  await page.screenshot({ path: test.info().outputPath('approval-portrait.png') });
  await page.setViewportSize({ width: 1024, height: 768 });
  await approval.approve('Marcus Reid', '2222');

  await expect(till.cart).toContainText('Cart discount −20%, manager approved');
  await expect(charge).toBeEnabled();
  await till.payCash({ tendered: '100.00' });
  await expect(till.syncStatus).toContainText('0 pending', { timeout: 30_000 });

  const db = sql();
  try {
    const [sale] = await db<{ approver_id: string | null; actor_id: string }[]>`
      select s.approver_id, s.actor_id from sales s join devices d on d.id = s.device_id where d.name = 'Approval till'`;
    const [marcus] = await db<{ id: string }[]>`select id from staff where name = 'Marcus Reid'`;
    expect(sale?.approver_id).toBe(marcus?.id);
    const [attempt] = await db<{ status: string }[]>`select l.status from mutation_log l join devices d on d.id = l.device_id where d.name = 'Approval till' and l.name = 'sale.complete'`;
    expect(attempt?.status).toBe('applied');
  } finally {
    await db.end();
  }
  await context.close();
});
