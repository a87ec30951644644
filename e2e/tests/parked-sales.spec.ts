import { expect, test, type Browser } from '@playwright/test';
import postgres from 'postgres';
import { ParkedPage } from '../pages/parked-page';
import { TillPage } from '../pages/till-page';

const sql = () => postgres(process.env.E2E_DATABASE_URL!, { max: 1, onnotice: () => undefined });
const PAIRING = () => process.env.E2E_PAIRING_CODE!;
const SHOTS = process.env.E2E_SHOTS_DIR;

async function openTill(browser: Browser, name: string, staff: string, pin: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const till = new TillPage(page);
  await till.pair(PAIRING(), name);
  await till.signIn(staff, pin);
  return { context, page, till, parked: new ParkedPage(page) };
}

test('a sale parked offline on one till is resumed and sold on another, exactly once; a parked sale can be discarded', async ({ browser }) => {
  // Two tills pair (each pulls the whole catalog) and one goes offline: more than the default budget.
  test.setTimeout(240_000);
  const a = await test.step('till A pairs, a cashier signs in', () => openTill(browser, 'Parking till A', 'Casey Morgan', '1234'));
  const b = await test.step('till B pairs, a bartender signs in', () => openTill(browser, 'Parking till B', 'Ben Okafor', '4321'));

  await test.step('A, offline, parks a cart as "Table 4" with Alt+P: the cart empties and the sale waits in the outbox', async () => {
    await a.context.setOffline(true);
    await expect(a.till.syncStatus).toContainText('Offline');
    await a.till.addBySearch('Tonic Water 200ml');
    await a.till.addBySearch('Salted Peanuts 100g');
    await expect(a.till.cart).toContainText('2 items');
    await a.parked.parkWithShortcut('Table 4');
    await expect(a.till.cart).toContainText('The cart is empty');
    await expect(a.till.syncStatus).toContainText('1 pending');
    await a.parked.openList(1);
    await expect(a.parked.row('Table 4')).toContainText('Casey Morgan on this till');
    await a.parked.closeList();
  });

  await test.step('A reconnects; B sees the parked sale with who parked it, where, its items and total', async () => {
    await a.context.setOffline(false);
    await expect(a.till.syncStatus).toContainText('0 pending', { timeout: 30_000 });
    await b.parked.eventually(b.parked.listButton(1));
    await b.parked.openList(1);
    const row = b.parked.row('Table 4');
    await expect(row).toContainText('Casey Morgan on another till');
    await expect(row).toContainText('2 items');
    await expect(row).toContainText(/\$\d+\.\d{2}/);
    if (SHOTS) {
      await b.page.screenshot({ path: `${SHOTS}/parked-dialog-1024x768.png` });
      await b.page.setViewportSize({ width: 768, height: 1024 });
      await expect(row).toBeVisible();
      await b.page.screenshot({ path: `${SHOTS}/parked-dialog-768x1024.png` });
      await b.page.setViewportSize({ width: 1024, height: 768 });
    }
    await b.parked.closeList();
  });

  await test.step('B holds another sale: resuming asks first, parks it, and loads Table 4 into the cart', async () => {
    await b.till.addBySearch('Ginger Beer 200ml');
    if (SHOTS) {
      await b.page.setViewportSize({ width: 768, height: 1024 });
      await b.page.screenshot({ path: `${SHOTS}/parked-bar-768x1024.png` });
      await b.page.setViewportSize({ width: 1024, height: 768 });
    }
    await b.parked.openList(1);
    await b.parked.row('Table 4').getByRole('button', { name: 'Resume Table 4' }).click();
    const ask = b.page.getByRole('dialog', { name: 'The cart is not empty' });
    await expect(ask).toContainText('Park it first, then resume “Table 4”?');
    await ask.getByRole('button', { name: 'Park it and resume' }).click();
    await expect(ask).toBeHidden();
    await expect(b.till.cart).toContainText('Tonic Water 200ml');
    await expect(b.till.cart).toContainText('Salted Peanuts 100g');
    await expect(b.till.cart).not.toContainText('Ginger Beer 200ml');
    await expect(b.parked.listButton(1)).toBeVisible();
  });

  await test.step('B sells it; A’s list no longer shows Table 4', async () => {
    await b.till.payCash();
    await expect(b.till.syncStatus).toContainText('0 pending', { timeout: 30_000 });
    await a.parked.eventually(a.parked.listButton(1));
    await a.parked.openList(1);
    await expect(a.parked.row('Table 4')).toHaveCount(0);
    await expect(a.parked.row('No label')).toContainText('Ben Okafor on another till');
    await a.parked.closeList();
  });

  await test.step('B discards the other parked sale after confirming; the list is empty on both tills', async () => {
    await b.parked.openList(1);
    await b.parked.row('No label').getByRole('button', { name: 'Discard No label' }).click();
    const confirm = b.page.getByRole('dialog', { name: 'Discard the parked sale?' });
    await expect(confirm).toContainText('leaves the Parked list on every till');
    await confirm.getByRole('button', { name: 'Discard' }).click();
    await expect(b.parked.dialog).toContainText('No sales are parked in this store');
    await b.parked.closeList();
    await expect(b.till.syncStatus).toContainText('0 pending', { timeout: 30_000 });
    await a.parked.eventually(a.parked.listButton(0));
  });

  // PostgreSQL: Table 4 resumed by B and sold once, by B, with its two lines; the other discarded.
  const db = sql();
  try {
    const [devA] = await db<{ id: string }[]>`select id from devices where name = 'Parking till A'`;
    const [devB] = await db<{ id: string }[]>`select id from devices where name = 'Parking till B'`;
    const drafts = await db<{ label: string; status: string; parked_on: string; closed_on: string | null }[]>`
      select label, status, parked_on, closed_on from drafts where parked_on in ${db([devA!.id, devB!.id])} order by parked_at`;
    expect(drafts).toEqual([
      { label: 'Table 4', status: 'resumed', parked_on: devA!.id, closed_on: devB!.id },
      { label: '', status: 'discarded', parked_on: devB!.id, closed_on: devB!.id },
    ]);
    const sales = await db<{ lines: { name: string; qty: number }[] }[]>`select lines from sales where device_id in ${db([devA!.id, devB!.id])}`;
    expect(sales).toHaveLength(1);
    expect(sales[0]!.lines.map((l) => [l.name, l.qty]).sort()).toEqual([
      ['Salted Peanuts 100g', 1],
      ['Tonic Water 200ml', 1],
    ]);
    const [rejected] = await db<{ n: number }[]>`select count(*)::int as n from mutation_log where device_id in ${db([devA!.id, devB!.id])} and status = 'rejected'`;
    expect(rejected!.n).toBe(0);
  } finally {
    await db.end();
  }
  await a.context.close();
  await b.context.close();
});

test('two tills resume one parked sale while offline: the server takes the first, and the second till shows DRAFT_ALREADY_RESUMED in its sync panel', async ({ browser }) => {
  test.setTimeout(240_000);
  const c = await test.step('till C pairs', () => openTill(browser, 'Parking till C', 'Casey Morgan', '1234'));
  const d = await test.step('till D pairs', () => openTill(browser, 'Parking till D', 'Ben Okafor', '4321'));

  await test.step('C parks "Window seat"; D sees it', async () => {
    await c.till.addBySearch('Tonic Water 200ml');
    await c.parked.parkWithShortcut('Window seat');
    await expect(c.till.syncStatus).toContainText('0 pending', { timeout: 30_000 });
    await d.parked.waitForRow('Window seat');
    await d.parked.closeList();
  });

  await test.step('both go offline and both resume it', async () => {
    for (const till of [c, d]) {
      await till.context.setOffline(true);
      await expect(till.till.syncStatus).toContainText('Offline');
      await till.parked.openList();
      await till.parked.row('Window seat').getByRole('button', { name: 'Resume Window seat' }).click();
      await expect(till.parked.dialog).toBeHidden();
      await expect(till.till.cart).toContainText('Tonic Water 200ml');
      await expect(till.till.syncStatus).toContainText('1 pending');
    }
  });

  await test.step('C reconnects first and its resume applies; D’s, later, is refused with the reason in its sync panel', async () => {
    await c.context.setOffline(false);
    await expect(c.till.syncStatus).toContainText('0 pending', { timeout: 30_000 });
    await d.context.setOffline(false);
    await expect(d.till.syncStatus).toContainText('0 pending', { timeout: 30_000 });
    // Where D's cashier is about to charge, not only in the sync panel.
    await expect(d.till.cart.getByRole('alert')).toContainText('“Window seat” was already taken on another till (DRAFT_ALREADY_RESUMED)');
    await expect(c.till.cart.getByRole('alert')).toHaveCount(0);
    if (SHOTS) await d.page.screenshot({ path: `${SHOTS}/parked-resume-refused-cart.png` });
    await d.page.getByRole('button', { name: 'Sync details' }).click();
    const panel = d.page.getByRole('dialog', { name: 'Sync details' });
    const refused = panel.getByRole('listitem', { name: /^Change #\d+ rejected: DRAFT_ALREADY_RESUMED$/ });
    await expect(refused).toContainText('draft.resume');
    await expect(refused).toContainText('The parked sale "Window seat" was already resumed on another till.');
    if (SHOTS) await d.page.screenshot({ path: `${SHOTS}/parked-rejected-sync-panel.png` });
    await panel.getByRole('button', { name: 'Close' }).click();
  });

  const db = sql();
  try {
    const [devC] = await db<{ id: string }[]>`select id from devices where name = 'Parking till C'`;
    const [devD] = await db<{ id: string }[]>`select id from devices where name = 'Parking till D'`;
    const [draft] = await db<{ status: string; closed_on: string }[]>`select status, closed_on from drafts where label = 'Window seat' and parked_on = ${devC!.id}`;
    expect(draft).toEqual({ status: 'resumed', closed_on: devC!.id });
    const log = await db<{ status: string; code: string | null }[]>`select status, code from mutation_log where device_id = ${devD!.id} and name = 'draft.resume'`;
    expect(log).toEqual([{ status: 'rejected', code: 'DRAFT_ALREADY_RESUMED' }]);
  } finally {
    await db.end();
  }
  await c.context.close();
  await d.context.close();
});
