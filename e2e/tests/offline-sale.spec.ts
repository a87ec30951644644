import { expect, test } from '@playwright/test';
import postgres from 'postgres';
import { TillPage } from '../pages/till-page';
import { tillRows } from '../pages/till-store';

const sql = () => postgres(process.env.E2E_DATABASE_URL!, { max: 1, onnotice: () => undefined });
const PAIRING = () => process.env.E2E_PAIRING_CODE!;
/** Other specs sell on the same server: this one counts only its own till's sales. */
const TILL_NAME = 'Offline sale till';

test('a till keeps selling offline, survives a reload, and every sale reaches Postgres exactly once', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const till = new TillPage(page);
  await till.pair(PAIRING(), TILL_NAME);
  await till.signIn('Casey Morgan', '1234');
  // The service worker must own the page before the network goes away.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect(till.searchBox).toBeVisible();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);

  await context.setOffline(true);
  await page.reload();
  await expect(till.searchBox).toBeVisible();
  await expect(till.syncStatus).toContainText('Offline');

  const totals: string[] = [];
  for (const product of ['Tonic Water 200ml', 'Salted Peanuts 100g', 'Kilbrannan 8 Year Islay Single Malt']) {
    await till.addBySearch(product);
    await expect(till.cart).toContainText(product);
    totals.push(await till.payCash());
  }
  await expect(till.syncStatus).toContainText('3 pending');

  // Reloading offline with unsynced sales loses nothing.
  await page.reload();
  await expect(till.syncStatus).toContainText('3 pending');

  await context.setOffline(false);
  await expect(till.syncStatus).toContainText('0 pending', { timeout: 30_000 });
  await expect(till.syncStatus).toContainText('Online');

  const db = sql();
  try {
    const [device] = await db<{ id: string }[]>`select id from devices where name = ${TILL_NAME}`;
    const sales = await db<{ total: string; receipt_no: string }[]>`select total::text, receipt_no from sales where device_id = ${device!.id} order by sold_at`;
    expect(sales).toHaveLength(3);
    expect(new Set(sales.map((s) => s.receipt_no)).size).toBe(3);
    const shown = totals.map((t) => Math.round(Number(t.replace(/[$,]/g, '')) * 100));
    expect(sales.map((s) => Number(s.total))).toEqual(shown);
    const [log] = await db<{ n: number }[]>`select count(*)::int as n from mutation_log where device_id = ${device!.id} and name = 'sale.complete' and status = 'applied'`;
    expect(log!.n).toBe(3);
    const [flagged] = await db<{ n: number }[]>`select count(*)::int as n from sales where device_id = ${device!.id} and flags <> '[]'::jsonb`;
    expect(flagged!.n).toBe(0);
  } finally {
    await db.end();
  }

  // Another reload online pushes nothing twice.
  await page.reload();
  await expect(till.syncStatus).toContainText('0 pending');
  const db2 = sql();
  try {
    const [again] = await db2<{ n: number }[]>`select count(*)::int as n from sales s join devices d on d.id = s.device_id where d.name = ${TILL_NAME}`;
    expect(again!.n).toBe(3);
  } finally {
    await db2.end();
  }
  await context.close();
});

test('a second till pairs and receives the whole catalog', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const till = new TillPage(page);
  await till.pair(PAIRING(), 'Back till');
  await till.signIn('Casey Morgan', '1234');
  const db = sql();
  let expected = 0;
  try {
    const [row] = await db<{ n: number }[]>`select count(*)::int as n from products`;
    expected = row!.n;
  } finally {
    await db.end();
  }
  expect(expected).toBeGreaterThan(1900);
  // Each product once, whether stored a row each or in chunks (a large pull page's way, as this
  // first page is).
  const [rows, chunks] = await Promise.all([tillRows<{ id: string }>(page, 'products'), tillRows<{ ids: string[] }>(page, 'productChunks')]);
  const stored = { products: new Set([...rows.map((r) => r.id), ...chunks.flatMap((c) => c.ids)]).size, chunks: chunks.length };
  expect(stored.products).toBe(expected);
  expect(stored.chunks).toBeGreaterThan(0);
  await till.addBySearch('Domaine Marchand Bourgogne Pinot Noir');
  await expect(till.cart).toContainText('Domaine Marchand Bourgogne Pinot Noir');
  await context.close();
});

test('a wrong pairing code is refused with a clear message', async ({ page }) => {
  const till = new TillPage(page);
  await till.pair('WRONG-CODE');
  await expect(page.getByRole('alert')).toContainText('not valid');
});
