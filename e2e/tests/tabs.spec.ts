import { expect, test, type Browser, type BrowserContext } from '@playwright/test';
import postgres from 'postgres';
import { MOVED_TAB_TEXT, TabsPage } from '../pages/tabs-page';
import { TillPage } from '../pages/till-page';

const sql = () => postgres(process.env.E2E_DATABASE_URL!, { max: 1, onnotice: () => undefined });
const PAIRING = () => process.env.E2E_PAIRING_CODE!;

interface Till {
  context: BrowserContext;
  till: TillPage;
  tabs: TabsPage;
}

async function openTill(browser: Browser, name: string, staff: string, pin: string): Promise<Till> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const till = new TillPage(page);
  await till.pair(PAIRING(), name);
  await till.signIn(staff, pin);
  return { context, till, tabs: new TabsPage(page) };
}

test('two tills fill one tab, offline too, and a round rung up after the other till closed it lands on a flagged new tab', async ({ browser }) => {
  // Two tills pair (each pulls the whole catalog) and go offline twice: more than the default budget.
  test.setTimeout(240_000);
  const a = await test.step('till A pairs, a bartender signs in', () => openTill(browser, 'Bar till A', 'Ben Okafor', '4321'));
  const b = await test.step('till B pairs, a cashier signs in', () => openTill(browser, 'Bar till B', 'Casey Morgan', '1234'));
  const handPulls: number[] = [];

  await test.step('till A opens Table 7; till B sees it appear', async () => {
    await a.tabs.goToTabs();
    await a.tabs.openNewTab({ table: '7' });
    await expect(a.till.syncStatus).toContainText('0 pending');
    await b.tabs.goToTabs();
    handPulls.push(await b.tabs.eventually(b.tabs.tab('Table 7')));
    await b.tabs.tab('Table 7').click();
    await expect(b.tabs.lines).toBeVisible();
  });

  await test.step('B loses the network; both tills add to the tab', async () => {
    await b.context.setOffline(true);
    await expect(b.till.syncStatus).toContainText('Offline');
    await a.tabs.add('Ginger Beer 200ml');
    await b.tabs.add('Salted Peanuts 100g');
    await expect(b.till.syncStatus).toContainText('1 pending');
    await expect(a.till.syncStatus).toContainText('0 pending');
  });

  await test.step('B is back: both tills show both lines, each marked with the till that rang it up', async () => {
    await b.context.setOffline(false);
    await expect(b.till.syncStatus).toContainText('0 pending', { timeout: 30_000 });
    handPulls.push(await b.tabs.eventually(b.tabs.line('Ginger Beer 200ml')));
    handPulls.push(await a.tabs.eventually(a.tabs.line('Salted Peanuts 100g')));
    for (const { tabs } of [a, b]) {
      await expect(tabs.lines).toContainText('Ginger Beer 200ml');
      await expect(tabs.lines).toContainText('Salted Peanuts 100g');
    }
    await expect(a.tabs.line('Ginger Beer 200ml')).toContainText('This till');
    await expect(a.tabs.line('Salted Peanuts 100g')).toContainText('Other till');
    await expect(b.tabs.line('Ginger Beer 200ml')).toContainText('Other till');
  });

  await test.step('A closes the tab while B, offline again, still sees it open and adds a line', async () => {
    await b.context.setOffline(true);
    await expect(b.till.syncStatus).toContainText('Offline');
    await a.tabs.closeTab();
    await expect(a.tabs.tab('Table 7')).toHaveCount(0);
    await expect(a.till.syncStatus).toContainText('0 pending');
    await b.tabs.add('Wasabi Peas 50g');
    await expect(b.till.syncStatus).toContainText('1 pending');
  });

  await test.step('B reconnects: the late line is on a new, flagged tab for Table 7 on both tills', async () => {
    await b.context.setOffline(false);
    await expect(b.till.syncStatus).toContainText('0 pending', { timeout: 30_000 });
    await b.tabs.goToTabs();
    handPulls.push(await b.tabs.eventually(b.tabs.movedTab('Table 7')));
    handPulls.push(await a.tabs.eventually(a.tabs.movedTab('Table 7')));
    for (const { tabs } of [a, b]) {
      await expect(tabs.tab('Table 7')).toHaveCount(1);
      await expect(tabs.openTabs.getByText(MOVED_TAB_TEXT)).toBeVisible();
      await tabs.movedTab('Table 7').click();
      await expect(tabs.page.getByText(MOVED_TAB_TEXT)).toBeVisible();
      await expect(tabs.lines).toContainText('Wasabi Peas 50g');
      await expect(tabs.lines).not.toContainText('Ginger Beer 200ml');
      await expect(tabs.line('Wasabi Peas 50g')).toContainText('Added after the tab was closed on another till');
    }
  });
  test.info().annotations.push({ type: 'hand pulls', description: `${handPulls.join(', ')} (0 everywhere once server pokes reach the till)` });

  // PostgreSQL: the original tab is closed with its two lines; the new one holds the moved line.
  const db = sql();
  try {
    const tabs = await db<{ id: string; status: string; moved_from: string | null }[]>`
      select id, status, moved_from from tabs where table_no = '7' order by opened_at`;
    expect(tabs.map((t) => t.status)).toEqual(['closed', 'open']);
    const [original, moved] = tabs;
    expect(moved!.moved_from).toBe(original!.id);
    const lines = await db<{ tab_id: string; name: string; moved_from: string | null; voided: boolean }[]>`
      select l.tab_id, p.name, l.moved_from, l.voided from tab_lines l join products p on p.id = l.product_id
      where l.tab_id in ${db([original!.id, moved!.id])} order by p.name`;
    expect(lines).toEqual([
      { tab_id: original!.id, name: 'Ginger Beer 200ml', moved_from: null, voided: false },
      { tab_id: original!.id, name: 'Salted Peanuts 100g', moved_from: null, voided: false },
      { tab_id: moved!.id, name: 'Wasabi Peas 50g', moved_from: original!.id, voided: false },
    ]);
  } finally {
    await db.end();
  }
  await a.context.close();
  await b.context.close();
});

test('a voided line leaves the total but stays on the tab, and Pay & close stores the sale and closes the tab with it', async ({ browser }) => {
  test.setTimeout(150_000);
  const { context, tabs } = await openTill(browser, 'Bar till C', 'Ben Okafor', '4321');
  const page = tabs.page;
  await tabs.goToTabs();
  await tabs.openNewTab({ name: 'Sam' });
  await tabs.add('Ginger Beer 200ml');
  await tabs.add('Salted Peanuts 100g');
  await page.getByRole('button', { name: 'Increase Ginger Beer 200ml, Bottle' }).click();
  await expect(tabs.line('Ginger Beer 200ml').getByLabel('Quantity 2', { exact: true })).toBeVisible();

  const pay = page.getByRole('button', { name: /^Pay & close/ });
  const before = await pay.getAttribute('aria-label');
  await page.getByRole('button', { name: /^Void Salted Peanuts 100g/ }).click();
  await page.getByRole('dialog', { name: 'Void line' }).getByRole('button', { name: 'Void line' }).click();
  await expect(tabs.lines).not.toContainText('Salted Peanuts 100g');
  await expect(pay).not.toHaveAttribute('aria-label', before!);
  await page.getByRole('button', { name: 'Show 1 voided line' }).click();
  await expect(tabs.lines.getByRole('listitem', { name: /^Salted Peanuts 100g.*voided$/ })).toBeVisible();

  const total = /\$[\d,]+\.\d{2}/.exec((await pay.getAttribute('aria-label')) ?? '')?.[0] ?? '';
  await pay.click();
  // Nothing was sent to the bar from this till (no printer): paying asks about that first.
  await page.getByRole('dialog', { name: 'Not sent to the bar / kitchen' }).getByRole('button', { name: 'Pay without sending' }).click();
  const payment = page.getByRole('dialog', { name: 'Payment' });
  await expect(payment.getByRole('group', { name: 'Tender' }).getByRole('button')).toHaveText(['Cash']);
  await payment.getByLabel('Cash received').fill('20.00');
  await payment.getByRole('button', { name: /^Complete sale/ }).click();
  const done = page.getByRole('dialog', { name: 'Sale complete' });
  await expect(done.getByRole('article', { name: /^Receipt / })).toContainText(total);
  await done.getByRole('button', { name: /^Back to tabs/ }).click();
  await expect(tabs.tab('Sam')).toHaveCount(0);
  await expect(tabs.page.getByRole('status', { name: 'Sync status' })).toContainText('0 pending');

  const db = sql();
  try {
    const [tab] = await db<{ status: string; sale_id: string | null; total: string | null }[]>`
      select t.status, t.sale_id, s.total::text as total from tabs t left join sales s on s.id = t.sale_id where t.name = 'Sam'`;
    expect(tab).toMatchObject({ status: 'closed' });
    expect(Number(tab!.total)).toBe(Math.round(Number(total.replace(/[$,]/g, '')) * 100));
    const lines = await db<{ voided: boolean }[]>`
      select l.voided from tab_lines l join tabs t on t.id = l.tab_id where t.name = 'Sam' order by l.voided`;
    expect(lines.map((l) => l.voided)).toEqual([false, true]);
  } finally {
    await db.end();
  }
  await context.close();
});
