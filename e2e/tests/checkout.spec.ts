import { expect, test } from '@playwright/test';
import postgres from 'postgres';
import { TillPage } from '../pages/till-page';

/**
 * The checkout at the till: an age-restricted cart asks for the customer's age before payment
 * (under age, the restricted items leave the cart and the rest still sells), the check's method
 * and the cashier are recorded on the sale, and any tender of the split-tender screen pays.
 */
const sql = () => postgres(process.env.E2E_DATABASE_URL!, { max: 1, onnotice: () => undefined });
const PAIRING = () => process.env.E2E_PAIRING_CODE!;
const TILL_NAME = 'Checkout till';

/** An age-restricted whisky whose name no other product's name starts with, so a search finds it alone. */
async function aWhisky(): Promise<string> {
  const db = sql();
  try {
    const [row] = await db<{ name: string }[]>`
      select p.name from products p
      where p.age_restricted and p.active and p.name like '%Whisk%'
        and not exists (select 1 from products o where o.id <> p.id and o.name like p.name || '%')
      order by p.sku limit 1`;
    if (!row) throw new Error('no whisky in the demo catalog');
    return row.name;
  } finally {
    await db.end();
  }
}

test('an under-age customer leaves without the whisky and pays by mobile money; an adult’s typed date of birth is recorded with the cashier', async ({ page }) => {
  const whisky = await aWhisky();
  const till = new TillPage(page);
  await till.pair(PAIRING(), TILL_NAME);
  await till.signIn('Casey Morgan', '1234');

  await till.addBySearch(whisky);
  await till.addBySearch('Tonic Water 200ml');
  await page.getByRole('button', { name: /^Charge/ }).click();
  const age = page.getByRole('dialog', { name: 'Age check' });
  await expect(age.getByRole('list', { name: 'Age-restricted items' })).toContainText(whisky);
  await expect(age.getByRole('list', { name: 'Age-restricted items' })).not.toContainText('Tonic Water');
  const seventeen = new Date().getFullYear() - 17;
  await age.getByLabel(/^Type the date of birth/).fill(`01/02/${seventeen}`);
  await age.getByRole('button', { name: 'Check date' }).click();
  await expect(age.getByRole('alert')).toContainText('Under 21');
  await expect(age.getByRole('list', { name: 'Blocked items' })).toContainText(whisky);
  await page.screenshot({ path: test.info().outputPath('age-check-under-age.png'), animations: 'disabled' });
  await age.getByRole('button', { name: 'Remove 1 item and continue' }).click();

  const pay = till.paymentScreen;
  await expect(pay).toBeVisible();
  await expect(till.cart).not.toContainText(whisky);
  const tonicTotal = (await page.getByRole('button', { name: /^Charge/ }).getAttribute('aria-label'))!.replace('Charge ', '');
  await expect(pay.getByText(tonicTotal).first()).toBeVisible();
  await pay.getByRole('group', { name: 'Tender' }).getByRole('button', { name: 'Mobile money' }).click();
  await pay.getByRole('button', { name: 'M-Pesa', exact: true }).click();
  await pay.getByLabel('Transaction reference').fill('QK7H2M9XPL');
  await pay.getByRole('button', { name: /^Record .* by M-Pesa$/ }).click();
  await expect(pay.getByRole('list', { name: 'Payments taken' })).toContainText('M-Pesa');
  await page.keyboard.press('Enter');
  await expect(till.saleDone).toContainText('Ref QK7H2M9XPL');
  await page.keyboard.press('Enter');
  await expect(till.saleDone).toBeHidden();

  await till.addBySearch(whisky);
  await page.getByRole('button', { name: /^Charge/ }).click();
  await age.getByLabel(/^Type the date of birth/).fill('05/14/1980');
  await age.getByRole('button', { name: 'Check date' }).click();
  await expect(age.getByRole('status')).toContainText('years old — OK to sell');
  await page.screenshot({ path: test.info().outputPath('age-check-passed.png'), animations: 'disabled' });
  await age.getByRole('button', { name: 'Continue to payment' }).click();
  await pay.getByRole('group', { name: 'Quick amounts' }).getByRole('button', { name: /^Exact / }).click();
  await pay.getByRole('button', { name: /^Complete sale/ }).click();
  await expect(till.saleDone.getByRole('article', { name: /^Receipt / })).toContainText('Age verified');
  await till.newSale();
  await expect(till.syncStatus).toContainText('0 pending', { timeout: 30_000 });

  const db = sql();
  try {
    const [device] = await db<{ id: string }[]>`select id from devices where name = ${TILL_NAME}`;
    const [casey] = await db<{ id: string }[]>`select id from staff where name = 'Casey Morgan'`;
    const sales = await db<{ lines: { name: string }[]; payments: { kind: string }[]; age_check: { method: string; verifiedBy: string } | null; flags: string[] }[]>`
      select lines, payments, age_check, flags from sales where device_id = ${device!.id} order by receipt_no`;
    expect(sales).toHaveLength(2);
    const [tonic, adult] = sales;
    expect(tonic!.lines.map((l) => l.name)).toEqual([expect.stringContaining('Tonic Water')]);
    expect(tonic!.age_check).toBeNull();
    expect(tonic!.payments).toEqual([expect.objectContaining({ kind: 'mobile_money', provider: 'M-Pesa', reference: 'QK7H2M9XPL' })]);
    expect(adult!.lines.map((l) => l.name)).toEqual([whisky]);
    expect(adult!.age_check).toEqual(expect.objectContaining({ method: 'dob_entered', verifiedBy: casey!.id, dateOfBirth: '1980-05-14' }));
    expect(adult!.flags).toEqual([]);
  } finally {
    await db.end();
  }
});
