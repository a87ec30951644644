import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import postgres from 'postgres';
import { TillPage } from '../pages/till-page';
import { tillMeta } from '../pages/till-store';

const PAIRING = () => process.env.E2E_PAIRING_CODE!;

/** The parts of the export file this test reads. */
interface ExportFile {
  format: string;
  schemaVersion: number;
  till: Record<string, unknown>;
  outbox: { seq: number; name: string; args: { saleId: string; receiptNo: string } }[];
  rejections: unknown[];
  unsyncedSales: { id: string; receiptNo: string }[];
}

/** The device token as the till stored it at pairing, read straight from IndexedDB. */
async function storedDeviceToken(page: Page): Promise<string> {
  const enrolment = await tillMeta<{ deviceToken: string }>(page, 'enrolment');
  if (!enrolment) throw new Error('no enrolment stored');
  return enrolment.deviceToken;
}

test('signing out with an unsynced sale asks for an export; the file holds the sale and no token; the outbox survives and syncs', async ({ browser }) => {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const till = new TillPage(page);
  const signOut = page.getByRole('button', { name: 'Sign out' });
  const dialog = page.getByRole('dialog', { name: 'Unsynced changes' });

  await till.pair(PAIRING(), 'Safe till');
  await till.signIn('Casey Morgan', '1234');
  await expect(till.syncStatus).toContainText('0 pending');
  const token = await storedDeviceToken(page);

  await context.setOffline(true);
  await expect(till.syncStatus).toContainText('Offline');
  await till.addBySearch('Tonic Water 200ml');
  await till.payCash();
  await expect(till.syncStatus).toContainText('1 pending');

  // The dialog blocks sign-out: Esc and "Stay signed in" both keep the cashier on the till.
  await signOut.click();
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('1 sale or change has not reached the server yet.');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(till.searchBox).toBeVisible();
  await signOut.click();
  await dialog.getByRole('button', { name: 'Stay signed in' }).click();
  await expect(dialog).toBeHidden();
  await expect(till.searchBox).toBeVisible();

  await signOut.click();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export and sign out' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^tillsafe-outbox-safe-till-\d{8}T\d{6}Z\.json$/);
  const text = await readFile(await download.path(), 'utf8');
  expect(text).not.toContain(token);
  expect(text).not.toMatch(/deviceToken/i);
  const file = JSON.parse(text) as ExportFile;
  expect(file).toMatchObject({ format: 'tillsafe-outbox', schemaVersion: 1, till: { name: 'Safe till' }, rejections: [] });
  expect(file.outbox).toHaveLength(1);
  const [pending] = file.outbox;
  // seq 1 was the sign-in's audit entry (audit.record), synced before the till went offline.
  expect(pending).toMatchObject({ seq: 2, name: 'sale.complete' });
  expect(file.unsyncedSales.map((s) => s.id)).toEqual([pending!.args.saleId]);

  // Signed out, nothing lost: the outbox is still there, before and after signing in again.
  await expect(page.getByRole('heading', { name: 'Who’s selling?' })).toBeVisible();
  await expect(till.syncStatus).toContainText('1 pending');
  await till.signIn('Casey Morgan', '1234');
  await expect(till.syncStatus).toContainText('1 pending');

  await context.setOffline(false);
  await expect(till.syncStatus).toContainText('0 pending', { timeout: 30_000 });
  const sql = postgres(process.env.E2E_DATABASE_URL!, { max: 1, onnotice: () => undefined });
  try {
    const rows = await sql<{ receipt_no: string }[]>`select receipt_no from sales where id = ${pending!.args.saleId}`;
    expect(rows.map((r) => r.receipt_no)).toEqual([pending!.args.receiptNo]);
  } finally {
    await sql.end();
  }

  // With nothing pending, sign-out is immediate, as before.
  await signOut.click();
  await expect(page.getByRole('heading', { name: 'Who’s selling?' })).toBeVisible();
  await expect(dialog).toBeHidden();
  await context.close();
});
