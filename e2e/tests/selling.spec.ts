import { expect, test, type Page } from '@playwright/test';
import postgres from 'postgres';
import { TillPage } from '../pages/till-page';

/**
 * Selling with protocol 2 against the demo store's rules (a mixed case of six wines, 10 % off, a
 * 1.5 L bottle counting two; beer quantity breaks; a bottle deposit on beer): the sell screen
 * explains every rule on its line and shows deposits as sub-lines, and the server, re-pricing the
 * sale from its own rules, arrives at the very total the till showed.
 */
const sql = () => postgres(process.env.E2E_DATABASE_URL!, { max: 1, onnotice: () => undefined });
const PAIRING = () => process.env.E2E_PAIRING_CODE!;
const TILL_NAME = 'Selling till';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A red wine of 750 ml and one of 1.5 l, and a beer sold by the 6-pack, each with a name no other
 * product's name starts with, so a search finds it alone.
 */
async function demoProducts(): Promise<{ wine: string; magnum: string; beer: string }> {
  const db = sql();
  const first = async (category: string, where: postgres.PendingQuery<postgres.Row[]>) => {
    const [row] = await db<{ name: string }[]>`
      select p.name from products p join categories c on c.id = p.category_id
      where c.name = ${category} and p.active and ${where}
        and not exists (select 1 from products o where o.id <> p.id and o.name like p.name || '%')
      order by p.sku limit 1`;
    if (!row) throw new Error(`no such product in ${category}`);
    return row.name;
  };
  try {
    return {
      wine: await first('Red Wine', db`p.volume_ml = 750`),
      magnum: await first('Red Wine', db`p.volume_ml = 1500`),
      beer: await first('Beer & Cider', db`p.packs @> '[{"name": "6-pack"}]'::jsonb`),
    };
  } finally {
    await db.end();
  }
}

async function addPack(page: Page, till: TillPage, name: string, pack: string, times = 1) {
  for (let i = 0; i < times; i++) {
    await till.searchBox.fill(name);
    const tile = page.getByRole('group', { name: 'Products' }).getByRole('button', { name: new RegExp(`^${escape(name)},`) });
    await tile.click();
    const chooser = page.getByRole('dialog', { name: 'Choose a pack' });
    if (await chooser.isVisible()) await chooser.getByRole('button', { name: new RegExp(`^${escape(pack)},`) }).click();
  }
}

test('a mixed case of wines and beer with deposits: every rule explained on its line, and the server stores the total the till showed', async ({ browser }) => {
  const { wine, magnum, beer } = await demoProducts();

  const context = await browser.newContext();
  const page = await context.newPage();
  const till = new TillPage(page);
  await till.pair(PAIRING(), TILL_NAME);
  await till.signIn('Casey Morgan', '1234');

  await addPack(page, till, wine, 'Bottle', 4);
  await addPack(page, till, magnum, 'Bottle');
  await addPack(page, till, beer, '6-pack', 2);
  await till.searchBox.fill('');

  const wineLine = till.cart.getByRole('listitem', { name: new RegExp(`^${escape(wine)}, Bottle`) });
  await expect(wineLine.getByRole('group', { name: /^Quantity/ })).toContainText('4');
  await expect(wineLine.getByRole('list', { name: /^Details/ })).toContainText('Mix 6 wines −10%');
  await expect(till.cart.getByRole('listitem', { name: new RegExp(`^${escape(magnum)}, Bottle`) })).toContainText('Mix 6 wines −10%');
  const beerLine = till.cart.getByRole('listitem', { name: new RegExp(`^${escape(beer)}, 6-pack`) });
  await expect(beerLine).toContainText('Beer 12+ −5%');
  await expect(beerLine).toContainText('Bottle deposit × 12');
  await expect(till.cart.getByRole('definition').filter({ hasText: '$1.20' })).toBeVisible();
  await beerLine.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('sell-screen-mixed-case.png') });
  await page.setViewportSize({ width: 768, height: 1024 });
  await expect(beerLine).toBeInViewport();
  await page.screenshot({ path: test.info().outputPath('sell-screen-mixed-case-portrait.png') });
  await page.setViewportSize({ width: 1024, height: 768 });

  // A discount beyond the cashier's 10 % waits for a manager, out of the price, and blocks the charge.
  const charge = page.getByRole('button', { name: /^Charge/ });
  const before = await charge.getAttribute('aria-label');
  await wineLine.getByRole('button', { name: /^Edit / }).click();
  const editor = page.getByRole('dialog', { name: new RegExp(`^Edit ${escape(wine)}`) });
  await editor.getByRole('radio', { name: 'Percent' }).check();
  await editor.getByLabel('Percent off').fill('15');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(wineLine).toContainText('a manager must approve it');
  await expect(charge).toBeDisabled();
  await expect(charge).toHaveAttribute('aria-label', before!);
  await till.cart.getByRole('button', { name: 'Manager approval' }).click();
  await expect(page.getByRole('dialog', { name: 'Manager approval' })).toContainText('beyond the cashier’s 10% limit');
  await page.getByRole('dialog', { name: 'Manager approval' }).getByRole('button', { name: 'Cancel approval' }).click();
  await page.screenshot({ path: test.info().outputPath('sell-screen-awaiting-approval.png') });
  // Within the limit it applies at once.
  await wineLine.getByRole('button', { name: /^Edit / }).click();
  await editor.getByLabel('Percent off').fill('5');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(wineLine).toContainText('Manual discount −5%');
  await expect(charge).toBeEnabled();

  // Split tender: $50.00 on a standalone card terminal (the slip keyed in), the rest in cash.
  const shown = await till.charge();
  const pay = till.paymentScreen;
  await expect(pay.getByText(shown).first()).toBeVisible();
  await pay.getByRole('group', { name: 'Tender' }).getByRole('button', { name: 'Card' }).click();
  await pay.getByLabel('Amount to charge').fill('50');
  await pay.getByRole('button', { name: /on the terminal$/ }).click();
  const slip = pay.getByRole('form', { name: 'Card slip' });
  await slip.getByLabel('Card, last 4 digits').fill('4242');
  await slip.getByLabel('Approval code').fill('83KQ1Z');
  await slip.getByRole('button', { name: 'Record approval' }).click();
  await expect(pay.getByRole('list', { name: 'Payments taken' })).toContainText('Card •••• 4242');
  await pay.getByRole('group', { name: 'Tender' }).getByRole('button', { name: 'Cash' }).click();
  await pay.getByLabel('Cash received').fill('500.00');
  await expect(pay.getByRole('button', { name: /^Complete sale/ })).toContainText('Change');
  await page.screenshot({ path: test.info().outputPath('payment-split.png'), animations: 'disabled' });
  await page.setViewportSize({ width: 768, height: 1024 });
  await page.screenshot({ path: test.info().outputPath('payment-split-portrait.png'), animations: 'disabled' });
  await page.setViewportSize({ width: 1024, height: 768 });
  await pay.getByRole('button', { name: /^Complete sale/ }).click();

  const receipt = till.saleDone.getByRole('article', { name: /^Receipt CC-/ });
  await expect(receipt).toContainText('Mix 6 wines −10%');
  await expect(receipt).toContainText('Card •••• 4242');
  await expect(till.saleDone).toContainText('Change due');
  await page.screenshot({ path: test.info().outputPath('sale-done.png'), animations: 'disabled' });
  await page.setViewportSize({ width: 768, height: 1024 });
  await page.screenshot({ path: test.info().outputPath('sale-done-portrait.png'), animations: 'disabled' });
  await page.setViewportSize({ width: 1024, height: 768 });
  await till.newSale();
  await expect(till.cart).toContainText('The cart is empty');
  await expect(till.syncStatus).toContainText('0 pending', { timeout: 30_000 });

  const check = sql();
  try {
    const [device] = await check<{ id: string; till_number: number }[]>`select id, till_number from devices where name = ${TILL_NAME}`;
    const [sale] = await check<{ total: string; flags: string[]; receipt_no: string; payments: { kind: string; amount: number }[]; priced: { deposits: unknown[]; lines: { adjustments: { explanation: string }[] }[] } }[]>`
      select total::text, flags, receipt_no, payments, priced from sales where device_id = ${device!.id}`;
    expect(sale!.payments).toEqual([expect.objectContaining({ kind: 'card', amount: 5000, last4: '4242', approvalCode: '83KQ1Z', terminalRef: 'MANUAL-83KQ1Z' }), { kind: 'cash', amount: 50_000 }]);
    expect(Number(sale!.total)).toBe(Math.round(Number(shown.replace(/[$,]/g, '')) * 100));
    expect(sale!.flags).toEqual([]);
    expect(sale!.receipt_no).toBe(`CC-${String(device!.till_number).padStart(2, '0')}-000001`);
    expect(sale!.priced.lines.flatMap((l) => l.adjustments.map((a) => a.explanation))).toEqual(
      expect.arrayContaining(['Mix 6 wines −10%', 'Beer 12+ −5%', 'Manual discount −5%']),
    );
    expect(sale!.priced.deposits).toHaveLength(1);
  } finally {
    await check.end();
  }
  await context.close();
});
