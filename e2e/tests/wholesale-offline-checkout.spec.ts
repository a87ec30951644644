import { expect, test, type Page } from '@playwright/test';
import postgres from 'postgres';
import { DEMO } from '@tillsafe/sync-server';
import { FakeHardware } from '../pages/fake-hardware-page';
import { PrintingPage } from '../pages/printing-page';
import { readReceipt } from '../pages/receipt-bytes';
import { ReturnsPage } from '../pages/returns-page';
import { TillPage } from '../pages/till-page';
import { saveTradePricesAndLoyalty } from '../pages/trade-and-loyalty-fixture';

/**
 * A liquor-store checkout offline from the first scan to the refund: a case of beer, two wines
 * (two bottles each) and a 1.5 L wine that make a mixed case, a whisky that asks for the age check,
 * a wholesale customer created at the till, split cash + card, the receipt printed on the serial
 * printer; then one wine comes back. Only once the till reconnects does the server see any of it:
 * it stores the sale and the refund exactly once, prices the sale to the till's total, moves stock
 * by the units of each pack and keeps the customer's points right.
 */
const sql = () => postgres(process.env.E2E_DATABASE_URL!, { max: 1, onnotice: () => undefined });
const PAIRING = () => process.env.E2E_PAIRING_CODE!;
const TILL_NAME = 'Offline checkout till';
const TRADE_LIST_ID = '0190a0e0-0000-7000-8000-0000000e2e05';

interface Item {
  productId: string;
  name: string;
  packId: string;
  packName: string;
  units: number;
  price: number;
  barcode: string;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Minor units of the first amount in `shown` ("Charge $186.33" → 18633). */
const cents = (shown: string) => Math.round(Number((/[\d,]+\.\d{2}/.exec(shown)?.[0] ?? 'NaN').replace(/,/g, '')) * 100);

/** One pack of an active demo product whose name no other product's name starts with. */
async function item(db: postgres.Sql, where: postgres.PendingQuery<postgres.Row[]>, avoid: readonly string[] = []): Promise<Item> {
  const rows = await db<Item[]>`
    select p.id as "productId", p.name, pack->>'id' as "packId", pack->>'name' as "packName",
           (pack->>'units')::int as units, (pack->>'price')::int as price, pack->'barcodes'->>0 as barcode
    from products p join categories c on c.id = p.category_id, jsonb_array_elements(p.packs) pack
    where p.tenant_id = ${DEMO.tenant.id} and p.active and jsonb_array_length(pack->'barcodes') > 0 and ${where}
      and not exists (select 1 from products o where o.id <> p.id and o.name like p.name || '%')
    order by p.sku, (pack->>'units')::int limit 10`;
  const row = rows.find((r) => !avoid.includes(r.productId));
  if (!row) throw new Error('the demo catalog lacks a product this test needs');
  return row;
}

/**
 * What is scanned, from the demo catalog; the wines get a trade price list (80 % of the shelf
 * price) and the store a loyalty programme, which the till pulls while it is still online.
 */
async function prepare() {
  const db = sql();
  let items: { beerCase: Item; wineA: Item; wineB: Item; magnum: Item; whisky: Item };
  try {
    const beerCase = await item(db, db`c.name = 'Beer & Cider' and (pack->>'units')::int >= 12`);
    const wineA = await item(db, db`c.name = 'Red Wine' and p.volume_ml = 750`);
    const wineB = await item(db, db`c.name in ('Red Wine', 'White & Rosé') and p.volume_ml = 750`, [wineA.productId]);
    const magnum = await item(db, db`c.name in ('Red Wine', 'White & Rosé') and p.volume_ml = 1500`);
    const whisky = await item(db, db`p.age_restricted and p.name like '%Whisk%'`);
    items = { beerCase, wineA, wineB, magnum, whisky };
  } finally {
    await db.end();
  }
  const wines = [items.wineA, items.wineB, items.magnum];
  await saveTradePricesAndLoyalty({ id: TRADE_LIST_ID, name: 'Trade wines', entries: wines.map((w) => ({ productId: w.productId, packId: w.packId, price: Math.round(w.price * 0.8) })) });
  return items;
}

function cartLine(till: TillPage, what: Item) {
  return till.cart.getByRole('listitem', { name: new RegExp(`^${escape(what.name)}, ${escape(what.packName)}`) });
}

/** Creates a wholesale customer at the till (offline) and attaches them to the sale. */
async function createTradeCustomer(page: Page, till: TillPage, name: string) {
  await till.cart.getByRole('button', { name: /^Add customer/ }).click();
  const picker = page.getByRole('dialog', { name: 'Customer' });
  await picker.getByRole('searchbox', { name: 'Search customers' }).fill(name);
  await expect(picker.getByRole('status')).toContainText('No customer');
  await picker.getByRole('button', { name: 'New customer' }).click();
  const form = picker.getByRole('form', { name: 'New customer' });
  await form.getByLabel('Phone (optional)').fill('207 555 0142');
  await form.getByRole('radio', { name: 'Wholesale prices' }).check();
  await form.getByRole('button', { name: 'Create and add to sale' }).click();
  await expect(picker).toBeHidden();
}

test('offline from the first scan to a refund: mixed case, age check, a trade customer, cash + card, printed; the server stores it all once, to the cent', async ({ browser }) => {
  test.setTimeout(300_000);
  const { beerCase, wineA, wineB, magnum, whisky } = await prepare();

  const context = await browser.newContext();
  await FakeHardware.install(context);
  const page = await context.newPage();
  const till = new TillPage(page);
  const printing = new PrintingPage(page);
  const fake = new FakeHardware(page);
  const returns = new ReturnsPage(page);

  await test.step('paired online, a manager adds the serial receipt printer, then the internet goes', async () => {
    await till.pair(PAIRING(), TILL_NAME);
    await till.signIn('Marcus Reid', '2222');
    await printing.openSettings();
    await printing.addReceiptPrinter('Serial port');
    await printing.backToSelling();
    await printing.signOut();
    await till.signIn('Casey Morgan', '1234');
    await context.setOffline(true);
    await expect(till.syncStatus).toContainText('Offline');
  });

  const shownTotal = await test.step('scanned offline: the mixed case is explained, the trade customer re-prices the wines', async () => {
    for (const scanned of [beerCase, wineA, wineA, wineB, wineB, magnum, whisky]) await till.scan(scanned.barcode);
    await expect(cartLine(till, beerCase)).toBeVisible();
    await expect(cartLine(till, wineA).getByRole('group', { name: /^Quantity/ })).toContainText('2');
    await expect(cartLine(till, wineB).getByRole('group', { name: /^Quantity/ })).toContainText('2');
    for (const wine of [wineA, wineB, magnum]) await expect(cartLine(till, wine)).toContainText('Mix 6 wines −10%');
    const charge = page.getByRole('button', { name: /^Charge/ });
    const retailTotal = cents((await charge.getAttribute('aria-label'))!);

    await createTradeCustomer(page, till, 'Quayside Wine Bar');
    const customer = till.cart.getByRole('group', { name: 'Customer' });
    await expect(customer).toContainText('Quayside Wine Bar');
    await expect(customer).toContainText('Wholesale prices');
    await expect.poll(async () => cents((await charge.getAttribute('aria-label'))!)).toBeLessThan(retailTotal);
    for (const wine of [wineA, wineB, magnum]) await expect(cartLine(till, wine)).toContainText('Mix 6 wines −10%');
    await page.screenshot({ path: test.info().outputPath('offline-cart-trade-customer.png'), animations: 'disabled' });
    return (await charge.getAttribute('aria-label'))!.replace('Charge ', '');
  });

  const receiptNo = await test.step('the whisky asks for the age check; paid part by card, the rest in cash; the receipt prints', async () => {
    const before = (await fake.printed('serial-printer')).length;
    await page.getByRole('button', { name: /^Charge/ }).click();
    const age = page.getByRole('dialog', { name: 'Age check' });
    await expect(age.getByRole('list', { name: 'Age-restricted items' })).toContainText(whisky.name);
    await age.getByLabel(/^Type the date of birth/).fill('05/14/1980');
    await age.getByRole('button', { name: 'Check date' }).click();
    await expect(age.getByRole('status')).toContainText('years old — OK to sell');
    await age.getByRole('button', { name: 'Continue to payment' }).click();

    const pay = till.paymentScreen;
    await pay.getByRole('group', { name: 'Tender' }).getByRole('button', { name: 'Card' }).click();
    await pay.getByLabel('Amount to charge').fill('50.00');
    await pay.getByRole('button', { name: /on the terminal$/ }).click();
    const slip = pay.getByRole('form', { name: 'Card slip' });
    await slip.getByLabel('Card, last 4 digits').fill('4242');
    await slip.getByLabel('Approval code').fill('A1B2C3');
    await slip.getByRole('button', { name: 'Record approval' }).click();
    await expect(slip).toBeHidden();
    await pay.getByRole('group', { name: 'Tender' }).getByRole('button', { name: 'Cash' }).click();
    await pay.getByLabel('Cash received').fill('500.00');
    await page.screenshot({ path: test.info().outputPath('offline-split-payment.png'), animations: 'disabled' });
    await pay.getByRole('button', { name: /^Complete sale/ }).click();
    await expect(till.saleDone).toBeVisible();
    await expect(till.saleDone).toContainText(shownTotal);
    await expect(page.getByRole('status', { name: 'Receipt' })).toContainText('Receipt printed on Receipt printer');
    const prints = await fake.waitForPrinted('serial-printer', before + 1);
    const sale = await printing.latestSale();
    const { text } = readReceipt(prints.at(-1)!);
    expect(text).toContain(sale.receiptNo);
    expect(text).toContain(whisky.name);
    await page.screenshot({ path: test.info().outputPath('offline-receipt.png'), animations: 'disabled' });
    await till.newSale();
    return sale.receiptNo;
  });

  const refunded = await test.step('still offline, one bottle of the first wine comes back to the shelf', async () => {
    await page.getByRole('link', { name: 'Returns' }).click();
    await returns.find(receiptNo);
    const line = `${wineA.name}, ${wineA.packName}`;
    await returns.more(line);
    const amount = await returns.refund();
    // The new customer, the sale and the refund wait in the outbox.
    await expect(till.syncStatus).toContainText('3 pending');
    await page.getByRole('button', { name: 'Next return' }).click();
    await page.getByRole('link', { name: 'Sell' }).click();
    return cents(amount);
  });

  await test.step('back online: the server holds the sale and the refund once, at the till’s totals', async () => {
    await context.setOffline(false);
    await expect(till.syncStatus).toContainText('0 pending', { timeout: 60_000 });
  });

  const db = sql();
  try {
    const [device] = await db<{ id: string }[]>`select id from devices where name = ${TILL_NAME}`;
    const sales = await db<{ id: string; receipt_no: string; total: string; flags: string[]; customer_id: string; loyalty_earned: number; age_check: { method: string } | null; payments: { kind: string; amount: number }[]; priced: { lines: { adjustments: { explanation: string }[] }[] } }[]>`
      select id, receipt_no, total::text, flags, customer_id, loyalty_earned, age_check, payments, priced from sales where device_id = ${device!.id}`;
    expect(sales).toHaveLength(1);
    const sale = sales[0]!;
    expect(sale.receipt_no).toBe(receiptNo);
    // The server priced the sale from its own rules and arrived at the till's total: no flag.
    expect(Number(sale.total)).toBe(cents(shownTotal));
    expect(sale.flags).toEqual([]);
    expect(sale.priced.lines.flatMap((l) => l.adjustments.map((a) => a.explanation))).toContain('Mix 6 wines −10%');
    expect(sale.age_check).toMatchObject({ method: 'dob_entered' });
    expect(sale.payments.map((p) => p.kind)).toEqual(['card', 'cash']);
    expect(sale.payments[0]!.amount).toBe(5000);

    const [customer] = await db<{ id: string; type: string }[]>`select id, type from customers where name = 'Quayside Wine Bar'`;
    expect(customer).toMatchObject({ type: 'wholesale', id: sale.customer_id });

    const refunds = await db<{ id: string; total: string; lines: { qty: number; disposition: string }[] }[]>`select id, total::text, lines from refunds where sale_id = ${sale.id}`;
    expect(refunds).toHaveLength(1);
    expect(Number(refunds[0]!.total)).toBe(refunded);
    expect(refunds[0]!.lines).toMatchObject([{ qty: 1, disposition: 'restock' }]);

    // Stock: every pack by its units — the case moves the whole case — and the bottle back.
    const moves = await db<{ product_id: string; delta: number; reason: string }[]>`
      select product_id, delta, reason from stock_movements where ref_id in (${sale.id}, ${refunds[0]!.id}) order by reason, product_id`;
    const moved = (productId: string, reason: string) => moves.filter((m) => m.product_id === productId && m.reason === reason).reduce((sum, m) => sum + m.delta, 0);
    expect(moved(beerCase.productId, 'sale')).toBe(-beerCase.units);
    expect(moved(wineA.productId, 'sale')).toBe(-2 * wineA.units);
    expect(moved(wineB.productId, 'sale')).toBe(-2 * wineB.units);
    expect(moved(magnum.productId, 'sale')).toBe(-magnum.units);
    expect(moved(whisky.productId, 'sale')).toBe(-whisky.units);
    expect(moved(wineA.productId, 'refund')).toBe(wineA.units);
    expect(moves.filter((m) => m.reason === 'refund')).toHaveLength(1);

    // Loyalty: the sale earned its points once; the refund took back its share of them.
    const ledger = await db<{ kind: string; points: number }[]>`select kind, points::int from loyalty_ledger where customer_id = ${customer!.id} order by kind`;
    expect(sale.loyalty_earned).toBeGreaterThan(0);
    const reversed = ledger.filter((e) => e.kind === 'reverse');
    expect(ledger.filter((e) => e.kind === 'earn')).toEqual([{ kind: 'earn', points: sale.loyalty_earned }]);
    expect(reversed).toHaveLength(1);
    // In proportion to the money refunded, to the nearest point.
    expect(Math.abs(-reversed[0]!.points - (sale.loyalty_earned * refunded) / Number(sale.total))).toBeLessThanOrEqual(0.5);

    // Exactly once: every mutation of the till applied once, none rejected.
    const log = await db<{ name: string; status: string }[]>`select name, status from mutation_log where device_id = ${device!.id} and name in ('sale.complete', 'refund.create', 'customer.upsert')`;
    expect(log.map((m) => `${m.name}:${m.status}`).sort()).toEqual(['customer.upsert:applied', 'refund.create:applied', 'sale.complete:applied']);
  } finally {
    await db.end();
  }
  await context.close();
});
