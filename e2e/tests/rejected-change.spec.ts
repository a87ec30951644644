import { expect, test } from '@playwright/test';
import postgres from 'postgres';
import { TabsPage } from '../pages/tabs-page';
import { TillPage } from '../pages/till-page';

const sql = () => postgres(process.env.E2E_DATABASE_URL!, { max: 1, onnotice: () => undefined });

test('a tab opened offline by staff the back office has since made a driver is refused: it leaves the till and the refusal stays in the sync panel', async ({ browser }) => {
  test.setTimeout(180_000);
  const context = await browser.newContext();
  const page = await context.newPage();
  const till = new TillPage(page);
  const tabs = new TabsPage(page);
  const db = sql();
  try {
    await test.step('a bar till pairs; Ben, a bartender, signs in and goes offline', async () => {
      await till.pair(process.env.E2E_PAIRING_CODE!, 'Refusing till');
      await till.signIn('Ben Okafor', '4321');
      await tabs.goToTabs();
      await context.setOffline(true);
      await expect(till.syncStatus).toContainText('Offline');
    });

    await test.step('offline, Ben opens Table 12 and adds a round; meanwhile the back office makes him a driver', async () => {
      await tabs.openNewTab({ table: '12' });
      await tabs.add('Ginger Beer 200ml');
      await expect(till.syncStatus).toContainText('2 pending');
      await db`update staff set role = 'driver' where name = 'Ben Okafor'`;
    });

    await test.step('back online, the server refuses both; the tab and its line leave the till', async () => {
      await context.setOffline(false);
      await expect(till.syncStatus).toContainText('0 pending', { timeout: 30_000 });
      await tabs.goToTabs();
      await expect(tabs.tab('Table 12')).toHaveCount(0);
      await expect(tabs.openTabs).not.toContainText('Table 12');
    });

    await test.step('the sync panel keeps both refusals with the server’s reasons', async () => {
      await page.getByRole('button', { name: 'Sync details' }).click();
      const panel = page.getByRole('dialog', { name: 'Sync details' });
      await expect(panel.getByRole('heading', { name: /Rejected changes/ })).toContainText('2');
      // Numbered by the till's outbox: the sign-in's audit entry, sent while online, came first.
      const refused = panel.getByRole('listitem', { name: /^Change #\d+ rejected: FORBIDDEN$/ });
      await expect(refused.filter({ hasText: 'tab.open' })).toHaveCount(1);
      await expect(refused.filter({ hasText: 'tab.addLine' })).toHaveCount(1);
      await panel.getByRole('button', { name: 'Close' }).click();
    });

    // PostgreSQL: no such tab; both mutations logged as rejected with their reasons.
    expect(await db`select id from tabs where table_no = '12'`).toHaveLength(0);
    const logged = await db<{ seq: string; name: string; code: string }[]>`
      select l.seq, l.name, l.code from mutation_log l join devices d on d.id = l.device_id
      where d.name = 'Refusing till' and l.status = 'rejected' order by l.seq`;
    expect(logged.map((r) => [r.name, r.code])).toEqual([
      ['tab.open', 'FORBIDDEN'],
      ['tab.addLine', 'FORBIDDEN'],
    ]);
    // One after the other in the till's outbox, as they were made.
    expect(Number(logged[1]!.seq)).toBe(Number(logged[0]!.seq) + 1);
  } finally {
    await db`update staff set role = 'bartender' where name = 'Ben Okafor'`;
    await db.end();
    await context.close();
  }
});
