import { expect, test, type Browser } from '@playwright/test';
import postgres from 'postgres';
import { DEMO } from '@tillsafe/sync-server';
import { saveTradePricesAndLoyalty } from '../pages/trade-and-loyalty-fixture';
import { TillPage } from '../pages/till-page';

/**
 * Customers at the till: found by a typo-tolerant search or created offline with customer.upsert,
 * attached to the sale (a wholesale customer re-prices the cart), with their points; and points
 * spent twice on two offline tills, which the server stores as an over-redemption and the till's
 * sync panel flags for a manager.
 */
const sql = () => postgres(process.env.E2E_DATABASE_URL!, { max: 1, onnotice: () => undefined });
const PAIRING = () => process.env.E2E_PAIRING_CODE!;
const WHOLESALE_LIST_ID = '0190a0e0-0000-7000-8000-0000000e2e01';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Product {
  id: string;
  name: string;
  packs: { id: string; price: number }[];
}

/** The demo store sells a non-alcoholic product at 80 % to wholesale customers and runs a loyalty programme. */
async function wholesaleAndLoyalty(): Promise<Product> {
  const db = sql();
  let product: Product;
  try {
    const [row] = await db<Product[]>`
      select p.id, p.name, p.packs from products p
      where p.tenant_id = ${DEMO.tenant.id} and not p.age_restricted and p.active and jsonb_array_length(p.packs) = 1
        and not exists (select 1 from products o where o.id <> p.id and o.name like p.name || '%')
      order by p.sku limit 1`;
    if (!row) throw new Error('no plain product in the demo catalog');
    product = row;
  } finally {
    await db.end();
  }
  const pack = product.packs[0]!;
  await saveTradePricesAndLoyalty({ id: WHOLESALE_LIST_ID, name: 'Trade', entries: [{ productId: product.id, packId: pack.id, price: Math.round(pack.price * 0.8) }] });
  return product;
}

async function openTill(browser: Browser, name: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const till = new TillPage(page);
  await till.pair(PAIRING(), name);
  await till.signIn('Casey Morgan', '1234');
  return { context, page, till };
}

/** Attaches a customer found by `query`. */
async function attach(till: TillPage, query: string, name: string) {
  await till.cart.getByRole('button', { name: /^(Add customer|Customer .*: change)/ }).click();
  const picker = till.page.getByRole('dialog', { name: 'Customer' });
  await picker.getByRole('searchbox', { name: 'Search customers' }).fill(query);
  await picker.getByRole('list', { name: 'Customers' }).getByRole('button', { name: new RegExp(`^${escape(name)}`) }).click();
  await expect(picker).toBeHidden();
}

/** Pays the whole sale with the customer's points. */
async function payWithPoints(till: TillPage) {
  await till.charge();
  const pay = till.paymentScreen;
  await pay.getByRole('group', { name: 'Tender' }).getByRole('button', { name: 'Points' }).click();
  await pay.getByRole('button', { name: /^Pay .* with points$/ }).click();
  await pay.getByRole('button', { name: /^Complete sale/ }).click();
  await expect(till.saleDone).toBeVisible();
  await till.newSale();
}

test('a wholesale customer created offline re-prices the cart and earns points; points spent twice offline are flagged for a manager, never lost', async ({ browser }) => {
  test.setTimeout(180_000);
  const product = await wholesaleAndLoyalty();
  const retail = product.packs[0]!.price;
  const wholesale = Math.round(retail * 0.8);
  const dollars = (minor: number) => `$${(minor / 100).toFixed(2)}`;

  const a = await openTill(browser, 'Customer till A');
  await a.context.setOffline(true);
  await a.till.addBySearch(product.name);
  const charge = a.page.getByRole('button', { name: /^Charge/ });
  await expect(charge).toHaveAccessibleName(`Charge ${dollars(retail)}`);

  // Not found, even with a typo: create them, offline.
  await a.till.cart.getByRole('button', { name: /^Add customer/ }).click();
  const picker = a.page.getByRole('dialog', { name: 'Customer' });
  await picker.getByRole('searchbox', { name: 'Search customers' }).fill('Harbour Bar');
  await expect(picker.getByRole('status')).toContainText('No customer');
  await picker.getByRole('button', { name: 'New customer' }).click();
  const form = picker.getByRole('form', { name: 'New customer' });
  await expect(form.getByLabel('Name')).toHaveValue('Harbour Bar');
  await form.getByLabel('Name').fill('Harbour Bar & Grill');
  await form.getByLabel('Phone (optional)').fill('207 555 0199');
  await form.getByLabel('Email (optional)').fill('orders@');
  await form.getByRole('radio', { name: 'Wholesale prices' }).check();
  await form.getByRole('button', { name: 'Create and add to sale' }).click();
  await expect(form.getByRole('alert')).toContainText('does not look like an email address');
  await form.getByLabel('Email (optional)').fill('orders@harbourbar.com');
  await a.page.screenshot({ path: test.info().outputPath('new-customer.png'), animations: 'disabled' });
  await form.getByRole('button', { name: 'Create and add to sale' }).click();
  await expect(picker).toBeHidden();

  const customer = a.till.cart.getByRole('group', { name: 'Customer' });
  await expect(customer).toContainText('Harbour Bar & Grill');
  await expect(customer).toContainText('Wholesale prices');
  await expect(customer).toContainText('0 points · Member');
  await expect(charge).toHaveAccessibleName(`Charge ${dollars(wholesale)}`);
  await a.page.screenshot({ path: test.info().outputPath('cart-with-customer.png'), animations: 'disabled' });
  await a.till.payCash();

  // Back online: the customer and the sale reach the server; the points earned come back.
  await a.context.setOffline(false);
  await expect(a.till.syncStatus).toContainText('0 pending', { timeout: 30_000 });
  await a.till.addBySearch(product.name);
  await attach(a.till, 'harbuor', 'Harbour Bar & Grill');
  await expect(customer).toContainText(`${wholesale} points`, { timeout: 30_000 });

  // A second till pulls the customer and the balance; both go offline and spend the same points.
  const b = await openTill(browser, 'Customer till B');
  await b.till.addBySearch(product.name);
  await attach(b.till, '555 0199', 'Harbour Bar & Grill');
  await expect(b.till.cart.getByRole('group', { name: 'Customer' })).toContainText(`${wholesale} points`);
  await a.context.setOffline(true);
  await b.context.setOffline(true);
  await payWithPoints(a.till);
  await payWithPoints(b.till);
  await a.context.setOffline(false);
  await expect(a.till.syncStatus).toContainText('0 pending', { timeout: 30_000 });
  await b.context.setOffline(false);
  await expect(b.till.syncStatus).toContainText('0 pending', { timeout: 30_000 });

  const db = sql();
  try {
    const [stored] = await db<{ id: string; type: string; phone: string }[]>`select id, type, phone from customers where name = 'Harbour Bar & Grill'`;
    expect(stored).toMatchObject({ type: 'wholesale', phone: '207 555 0199' });
    const flagged = await db<{ flags: string[] }[]>`select flags from sales where customer_id = ${stored!.id} and jsonb_array_length(flags) > 0`;
    expect(flagged.map((s) => s.flags).flat()).toEqual([expect.stringMatching(/^OVER_REDEMPTION: /)]);
    const [ledger] = await db<{ balance: number }[]>`select coalesce(sum(points), 0)::int as balance from loyalty_ledger where customer_id = ${stored!.id}`;
    expect(ledger?.balance).toBe(-wholesale);
  } finally {
    await db.end();
  }

  // Till B's sale was the second: its sync panel flags it once the stored sale comes back.
  await b.page.getByRole('button', { name: 'Sync details' }).click();
  const panel = b.page.getByRole('dialog', { name: 'Sync details' });
  const flag = panel.getByRole('listitem', { name: /flagged: OVER_REDEMPTION$/ });
  await expect(flag).toContainText(`Harbour Bar & Grill redeemed ${wholesale} points offline but had 0`, { timeout: 30_000 });
  await b.page.screenshot({ path: test.info().outputPath('sync-panel-over-redemption.png'), animations: 'disabled' });
  await a.context.close();
  await b.context.close();
});
