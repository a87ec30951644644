import { expect, test, type Page } from '@playwright/test';
import postgres from 'postgres';
import { ManagerApprovalPage } from '../pages/manager-approval-page';
import { ReturnsPage } from '../pages/returns-page';
import { TillPage } from '../pages/till-page';
import { tillMeta, tillRows } from '../pages/till-store';

/**
 * Returns at the till against the real server: a sale found by its receipt number and by scanning
 * its receipt's barcode, refunded in parts (deposits with their beer, restocked), the server's
 * refund and stock ledger checked, and never more refunded than was sold — not even by two tills
 * that each refunded the last six-pack, one of them offline.
 */
const sql = () => postgres(process.env.E2E_DATABASE_URL!, { max: 1, onnotice: () => undefined });
const PAIRING = () => process.env.E2E_PAIRING_CODE!;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A beer sold by the 6-pack (with a bottle deposit) whose name no other product's starts with. */
async function demoBeer(): Promise<{ id: string; name: string }> {
  const db = sql();
  try {
    const [row] = await db<{ id: string; name: string }[]>`
      select p.id, p.name from products p join categories c on c.id = p.category_id
      where c.name = 'Beer & Cider' and p.active and p.packs @> '[{"name": "6-pack"}]'::jsonb
        and not exists (select 1 from products o where o.id <> p.id and o.name like p.name || '%')
      order by p.sku limit 1`;
    if (!row) throw new Error('no 6-pack beer in the demo catalog');
    return row;
  } finally {
    await db.end();
  }
}

async function addSixPacks(page: Page, till: TillPage, name: string, times: number) {
  for (let i = 0; i < times; i++) {
    await till.searchBox.fill(name);
    await page.getByRole('group', { name: 'Products' }).getByRole('button', { name: new RegExp(`^${escape(name)},`) }).click();
    await page.getByRole('dialog', { name: 'Choose a pack' }).getByRole('button', { name: /^6-pack,/ }).click();
  }
  await till.searchBox.fill('');
}

/** The sale's receipt barcode as a wedge scanner types it: TS and the id's hex digits. */
const barcodeOf = (saleId: string) => `TS${saleId.replaceAll('-', '').toUpperCase()}`;

test('a sale found by its receipt number and by its scanned barcode is refunded in parts, restocked, and never beyond what was sold, across tills', async ({ browser }) => {
  test.setTimeout(240_000);
  const beer = await demoBeer();
  const db = sql();
  const context = await browser.newContext();
  const second = await browser.newContext();
  try {
    const page = await context.newPage();
    const till = new TillPage(page);
    const returns = new ReturnsPage(page);
    await till.pair(PAIRING(), 'Returns till');
    await till.signIn('Casey Morgan', '1234');

    const sale = await test.step('Casey sells two six-packs; the sale reaches the server', async () => {
      await addSixPacks(page, till, beer.name, 2);
      await till.payCash({ tendered: '100.00' });
      await expect(till.syncStatus).toContainText('0 pending', { timeout: 30_000 });
      const [row] = await db<{ id: string; receipt_no: string; total: string }[]>`
        select s.id, s.receipt_no, s.total::text from sales s join devices d on d.id = s.device_id where d.name = 'Returns till'`;
      return row!;
    });
    const line = `${beer.name}, 6-pack`;

    await test.step('the second till pairs now, so it holds the sale too', async () => {
      const other = new TillPage(await second.newPage());
      await other.pair(PAIRING(), 'Second returns till');
      await other.signIn('Casey Morgan', '1234');
    });

    await test.step('found by its receipt number, one of the two six-packs is refunded with its deposits and goes back on the shelf', async () => {
      await page.getByRole('link', { name: 'Returns' }).click();
      await returns.find(sale.receipt_no.toLowerCase());
      await expect(returns.panel(sale.receipt_no)).toContainText('Receipt shown');
      await returns.more(line);
      await expect(returns.line(line)).toContainText('With 12 × Bottle deposit');
      await expect(returns.summary).toContainText('Refund');
      await page.screenshot({ path: test.info().outputPath('returns-landscape.png') });
      await page.setViewportSize({ width: 768, height: 1024 });
      await page.screenshot({ path: test.info().outputPath('returns-portrait.png') });
      await page.setViewportSize({ width: 1024, height: 768 });
      const amount = await returns.refund();
      // Half the sale: the six-pack and its six deposits, all in cash (the sale was cash).
      expect(Math.round(Number(amount.replace(/[$,]/g, '')) * 100)).toBe(Number(sale.total) / 2);
      await expect(page.getByRole('region', { name: 'Refund complete' })).toContainText('Give the customer');
      await expect(page.getByRole('article', { name: `Refund slip for receipt ${sale.receipt_no}` })).toContainText('Back to shelf');
      await page.screenshot({ path: test.info().outputPath('refund-complete.png') });
      await page.setViewportSize({ width: 768, height: 1024 });
      await page.screenshot({ path: test.info().outputPath('refund-complete-portrait.png') });
      await page.setViewportSize({ width: 1024, height: 768 });
      await expect(till.syncStatus).toContainText('0 pending', { timeout: 30_000 });
    });

    await test.step('the server holds the refund and six bottles back in stock', async () => {
      const refunds = await db<{ id: string; total: string; lines: { qty: number; disposition: string }[]; with_receipt: boolean }[]>`
        select id, total::text, lines, with_receipt from refunds where sale_id = ${sale.id}`;
      expect(refunds).toHaveLength(1);
      expect(Number(refunds[0]!.total)).toBe(Number(sale.total) / 2);
      expect(refunds[0]!.lines).toMatchObject([{ qty: 1, disposition: 'restock' }]);
      expect(refunds[0]!.with_receipt).toBe(true);
      const moves = await db<{ reason: string; delta: number; product_id: string }[]>`select reason, delta, product_id from stock_movements where ref_id = ${refunds[0]!.id}`;
      expect(moves).toEqual([{ reason: 'refund', delta: 6, product_id: beer.id }]);
    });

    await test.step('Alt+R from the sell screen; the scanned receipt shows one six-pack left, and no more can be picked', async () => {
      await page.getByRole('button', { name: 'Next return' }).click();
      await page.getByRole('link', { name: 'Sell' }).click();
      await expect(till.searchBox).toBeVisible();
      await page.keyboard.press('Alt+KeyR');
      await returns.find(barcodeOf(sale.id));
      await expect(returns.line(line)).toContainText('1 refunded');
      await returns.more(line);
      await expect(returns.line(line).getByRole('button', { name: `Refund one more ${line}` })).toBeDisabled();
    });

    await test.step('offline, the second till refunds the last six-pack; the first refunds it too, online', async () => {
      const otherPage = second.pages()[0]!;
      const other = new ReturnsPage(otherPage);
      await second.setOffline(true);
      await otherPage.getByRole('link', { name: 'Returns' }).click();
      await other.find(sale.receipt_no);
      await other.more(line);
      await other.refund();
      await expect(new TillPage(otherPage).syncStatus).toContainText('1 pending');

      await returns.refund();
      await expect(till.syncStatus).toContainText('0 pending', { timeout: 30_000 });
    });

    await test.step('back online, the server refuses the second till’s refund, and its sync panel says why in a sentence', async () => {
      const otherPage = second.pages()[0]!;
      await second.setOffline(false);
      const status = new TillPage(otherPage).syncStatus;
      await expect(status).toContainText('0 pending', { timeout: 30_000 });
      await otherPage.getByRole('button', { name: 'Sync details' }).click();
      const rejection = otherPage.getByRole('dialog', { name: 'Sync details' }).getByRole('listitem', { name: /rejected: REFUND_EXCEEDS_SOLD/ });
      await expect(rejection).toContainText(`Refund of receipt ${sale.receipt_no}`);
      await expect(rejection).toContainText('already refunded');
      await otherPage.screenshot({ path: test.info().outputPath('refund-rejected.png') });
      const refunds = await db<{ lines: { qty: number }[] }[]>`select lines from refunds where sale_id = ${sale.id}`;
      expect(refunds.flatMap((r) => r.lines).reduce((sum, l) => sum + l.qty, 0)).toBe(2);
      const [stock] = await db<{ units: string }[]>`select coalesce(sum(delta), 0)::text as units from stock_movements where ref_id in (select id from refunds where sale_id = ${sale.id})`;
      expect(Number(stock!.units)).toBe(12);
    });
  } finally {
    await db.end();
    await second.close();
    await context.close();
  }
});

test('without the receipt, a cashier finds the sale by its day and refunds it once a manager approves with their PIN', async ({ browser }) => {
  test.setTimeout(180_000);
  const beer = await demoBeer();
  const db = sql();
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const till = new TillPage(page);
    const returns = new ReturnsPage(page);
    await till.pair(PAIRING(), 'No receipt till');
    await till.signIn('Casey Morgan', '1234');
    await addSixPacks(page, till, beer.name, 1);
    await till.payCash({ tendered: '100.00' });
    await expect(till.syncStatus).toContainText('0 pending', { timeout: 30_000 });
    const [sale] = await db<{ id: string; receipt_no: string }[]>`
      select s.id, s.receipt_no from sales s join devices d on d.id = s.device_id where d.name = 'No receipt till'`;

    await page.getByRole('link', { name: 'Returns' }).click();
    // Today is the day field's own default.
    await page.getByRole('button', { name: 'Look up sales' }).click();
    await page.getByRole('list', { name: 'Sales found' }).getByRole('button', { name: new RegExp(`^${escape(sale!.receipt_no)}`) }).click();
    const panel = returns.panel(sale!.receipt_no);
    await expect(panel).toContainText('No receipt');
    await expect(panel).toContainText('needs a manager’s approval');
    await expect(page.getByRole('button', { name: /^Refund \$/ })).toHaveCount(0);
    await page.screenshot({ path: test.info().outputPath('returns-no-receipt.png') });

    await panel.getByRole('button', { name: 'Manager approval' }).click();
    await expect(new ManagerApprovalPage(page).dialog).toContainText(`without the receipt`);
    await new ManagerApprovalPage(page).approve('Marcus Reid', '2222');
    await expect(panel).toContainText('approved by Marcus Reid');
    await returns.more(`${beer.name}, 6-pack`);
    await returns.refund();
    await expect(till.syncStatus).toContainText('0 pending', { timeout: 30_000 });

    const [refund] = await db<{ with_receipt: boolean; actor_id: string }[]>`select with_receipt, actor_id from refunds where sale_id = ${sale!.id}`;
    expect(refund!.with_receipt).toBe(false);
    const [logged] = await db<{ status: string; args: { approverId: string } }[]>`
      select l.status, l.args from mutation_log l join devices d on d.id = l.device_id where d.name = 'No receipt till' and l.name = 'refund.create'`;
    expect(logged).toMatchObject({ status: 'applied' });
    const [marcus] = await db<{ id: string }[]>`select id from staff where name = 'Marcus Reid'`;
    expect(logged!.args.approverId).toBe(marcus!.id);
  } finally {
    await db.end();
    await context.close();
  }
});

test('a sale older than the history window stays on the server: a new till does not pull it, and its return finds it there', async ({ browser }) => {
  test.setTimeout(180_000);
  const beer = await demoBeer();
  const db = sql();
  const selling = await browser.newContext();
  const fresh = await browser.newContext();
  try {
    const seller = new TillPage(await selling.newPage());
    await seller.pair(PAIRING(), 'History till');
    await seller.signIn('Casey Morgan', '1234');
    for (let i = 0; i < 2; i++) {
      await addSixPacks(seller.page, seller, beer.name, 1);
      await seller.payCash({ tendered: '100.00' });
    }
    await expect(seller.syncStatus).toContainText('0 pending', { timeout: 30_000 });
    const [old, recent] = await db<{ id: string; receipt_no: string }[]>`
      select s.id, s.receipt_no from sales s join devices d on d.id = s.device_id where d.name = 'History till' order by s.receipt_no`;
    // The first sale was made 200 days ago, as far as the server knows: past the 90 days a till is sent.
    await db`update sales set sold_at = now() - interval '200 days' where id = ${old!.id}`;

    const page = await fresh.newPage();
    const till = new TillPage(page);
    const returns = new ReturnsPage(page);
    await till.pair(PAIRING(), 'Window till');
    await till.signIn('Casey Morgan', '1234');
    await expect.poll(() => tillMeta<number>(page, 'historyDays'), { timeout: 30_000 }).toBe(90);
    await expect.poll(async () => (await tillRows<{ id: string }>(page, 'sales')).map((s) => s.id), { timeout: 30_000 }).toContain(recent!.id);
    expect((await tillRows<{ id: string }>(page, 'sales')).map((s) => s.id)).not.toContain(old!.id);

    await page.getByRole('link', { name: 'Returns' }).click();
    await test.step('offline, the till says it keeps 90 days of sales and cannot ask the server', async () => {
      await fresh.setOffline(true);
      await returns.receiptField.fill(old!.receipt_no);
      await returns.receiptField.press('Enter');
      await expect(page.getByRole('status').filter({ hasText: 'No sale has' })).toContainText(`No sale has the receipt "${old!.receipt_no}" on this till (it keeps its store’s sales of the last 90 days; older ones are on the server)`);
      await page.screenshot({ path: test.info().outputPath('returns-older-sale-offline.png') });
      await fresh.setOffline(false);
    });
    await returns.find(old!.receipt_no);
    const line = `${beer.name}, 6-pack`;
    await expect(returns.panel(old!.receipt_no)).toContainText('Receipt shown');
    await returns.more(line);
    await page.screenshot({ path: test.info().outputPath('returns-older-sale.png') });
    await returns.refund();
    await expect(till.syncStatus).toContainText('0 pending', { timeout: 30_000 });
    const refunds = await db<{ lines: { qty: number }[] }[]>`select lines from refunds where sale_id = ${old!.id}`;
    expect(refunds.flatMap((r) => r.lines)).toMatchObject([{ qty: 1 }]);
  } finally {
    await db.end();
    await fresh.close();
    await selling.close();
  }
});
