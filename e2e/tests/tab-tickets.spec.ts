import { expect, test, type Browser, type Page } from '@playwright/test';
import { FakeHardware } from '../pages/fake-hardware-page';
import { PrintingPage } from '../pages/printing-page';
import { readReceipt } from '../pages/receipt-bytes';
import { TabsPage } from '../pages/tabs-page';
import { TillPage } from '../pages/till-page';

/**
 * Bar and kitchen tickets sent from a tab, against the fake navigator.serial / navigator.usb
 * that records every byte (e2e/fakes/fake-hardware.ts): the receipt printer on a serial port
 * prints the lines no ticket printer takes, a bar/kitchen printer on USB prints the Snacks.
 * Set E2E_SHOTS_DIR to keep screenshots of the tab with unsent and sent lines.
 */
const PAIRING = () => process.env.E2E_PAIRING_CODE!;
const TONIC = 'Tonic Water 200ml';
const PEANUTS = 'Salted Peanuts 100g';

test.describe.configure({ timeout: 180_000 });

async function shot(page: Page, name: string) {
  const dir = process.env.E2E_SHOTS_DIR;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png` });
}

/** A freshly paired till; a manager signs in (and stays signed in: the server on tickets). */
async function till(browser: Browser, name: string) {
  const context = await browser.newContext();
  await FakeHardware.install(context);
  const page = await context.newPage();
  const till = new TillPage(page);
  await till.pair(PAIRING(), name);
  await till.signIn('Marcus Reid', '2222');
  return { context, page, till, printing: new PrintingPage(page), tabs: new TabsPage(page), fake: new FakeHardware(page) };
}

/** Adds the USB printer as a bar/kitchen printer for one category, in Printers & devices. */
async function addTicketPrinter(page: Page, category: string) {
  await page.getByRole('button', { name: /Add (a printer|device)/ }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Add a device' });
  await dialog.getByRole('radio', { name: 'Bar / kitchen printer' }).check({ force: true });
  await dialog.getByRole('radio', { name: 'USB', exact: true }).check({ force: true });
  await dialog.getByRole('button', { name: 'Choose device…' }).click();
  await expect(dialog).toBeHidden();
  const detail = page.getByRole('region', { name: 'Bar / kitchen printer' });
  await expect(detail.getByText(/^Connected/)).toBeVisible();
  // Settings are saved as they change, and the boxes follow the saved device: click, then wait for it.
  await detail.getByRole('radio', { name: 'Epson' }).click({ force: true });
  await expect(detail.getByRole('radio', { name: 'Epson' })).toBeChecked();
  const box = detail.getByRole('group', { name: 'Prints tickets for' }).getByRole('checkbox', { name: category });
  await box.click();
  await expect(box).toBeChecked();
}

const sendButton = (page: Page) => page.getByRole('region', { name: 'Bar and kitchen tickets' }).getByRole('button', { name: /^Send/ });

test('Send prints each line on the printer of its category, then only what changed: a raised quantity and a VOID', async ({ browser }) => {
  const { context, page, printing, tabs, fake } = await till(browser, 'Ticket till 1');
  await printing.openSettings();
  await printing.addReceiptPrinter('Serial port');
  await addTicketPrinter(page, 'Snacks');
  await printing.backToSelling();
  const receiptBefore = (await fake.printed('serial-printer')).length;

  await tabs.goToTabs();
  await tabs.openNewTab({ table: '21', name: 'Okafor' });
  await tabs.add(TONIC);
  await tabs.add(PEANUTS);
  await expect(tabs.line(TONIC)).toContainText('Not sent');
  await expect(tabs.line(PEANUTS)).toContainText('Not sent');
  await expect(page.getByRole('region', { name: 'Bar and kitchen tickets' })).toContainText('2 not sent');
  await shot(page, 'tab-unsent');

  await sendButton(page).click();
  const [kitchenBytes] = await fake.waitForPrinted('usb-printer', 1);
  const barPrints = await fake.waitForPrinted('serial-printer', receiptBefore + 1);
  const kitchen = readReceipt(kitchenBytes!).text;
  const bar = readReceipt(barPrints.at(-1)!).text;
  expect(kitchen).toContain(`1 x ${PEANUTS}`);
  expect(kitchen).not.toContain(TONIC);
  expect(bar).toContain(`1 x ${TONIC}`);
  expect(bar).not.toContain(PEANUTS);
  for (const paper of [kitchen, bar]) {
    expect(paper).toMatch(/Table +21/);
    expect(paper).toMatch(/Tab +Okafor/);
    expect(paper).toMatch(/Server +Marcus Reid/);
    expect(paper).toMatch(/Ticket +[0-9A-F]{4}-T001/);
  }
  await expect(tabs.line(TONIC)).toContainText(/Sent \d\d:\d\d/);
  await expect(tabs.line(PEANUTS)).toContainText(/Sent \d\d:\d\d/);
  await expect(page.getByRole('region', { name: 'Bar and kitchen tickets' })).toContainText('All sent');
  await expect(sendButton(page)).toBeDisabled();
  await shot(page, 'tab-sent');

  // One more tonic and the peanuts taken back: the next ticket has only those.
  await tabs.line(TONIC).getByRole('button', { name: /^Increase / }).click();
  await expect(tabs.line(TONIC)).toContainText('+1 not sent');
  await tabs.line(PEANUTS).getByRole('button', { name: /^Void / }).click();
  await page.getByRole('dialog', { name: 'Void line' }).getByRole('button', { name: 'Void line' }).click();
  await expect(tabs.line(PEANUTS)).toContainText('Void 1 not sent');
  await expect(page.getByRole('region', { name: 'Bar and kitchen tickets' })).toContainText('2 not sent');
  await shot(page, 'tab-changed');
  // Ctrl+Enter sends as well as the button.
  await page.keyboard.press('Control+Enter');

  const kitchenPrints = await fake.waitForPrinted('usb-printer', 2);
  const barAgain = await fake.waitForPrinted('serial-printer', receiptBefore + 2);
  const secondBar = readReceipt(barAgain.at(-1)!).text;
  const secondKitchen = readReceipt(kitchenPrints.at(-1)!).text;
  expect(secondBar).toContain(`1 x ${TONIC}`);
  expect(secondBar).not.toContain(`2 x ${TONIC}`);
  expect(secondBar).toMatch(/Ticket +[0-9A-F]{4}-T002/);
  expect(secondKitchen).toContain(`1 x VOID ${PEANUTS}`);
  await expect(tabs.line(TONIC)).toContainText(/Sent \d\d:\d\d/);
  await expect(page.getByRole('region', { name: 'Bar and kitchen tickets' })).toContainText('All sent');
  // Its VOID sent, the voided line goes back behind "Show voided lines".
  await expect(tabs.line(PEANUTS)).toBeHidden();
  await shot(page, 'tab-all-sent-again');
  await context.close();
});

test('a failing printer keeps the ticket in the print queue and the lines count as sent; without any printer nothing is sent and the bartender is told', async ({ browser }) => {
  const { context, page, printing, tabs, fake } = await till(browser, 'Ticket till 2');
  await tabs.goToTabs();
  await tabs.openNewTab({ table: '22' });
  await tabs.add(TONIC);

  await sendButton(page).click();
  const bar = page.getByRole('region', { name: 'Bar and kitchen tickets' });
  await expect(bar.getByRole('alert')).toContainText('No ticket printer is set up on this till');
  await expect(tabs.line(TONIC)).toContainText('Not sent');
  await shot(page, 'tab-no-printer');

  // Paying asks about the unsent line first.
  await page.getByRole('button', { name: /^Pay & close/ }).click();
  const unsent = page.getByRole('dialog', { name: 'Not sent to the bar / kitchen' });
  await expect(unsent).toContainText('1 change not sent');
  await shot(page, 'tab-unsent-dialog');
  await unsent.getByRole('button', { name: 'Cancel' }).click();

  await bar.getByRole('link', { name: 'Printers & devices' }).click();
  await expect(page.getByRole('heading', { name: 'Devices' })).toBeVisible();
  await printing.addReceiptPrinter('Serial port');
  await fake.setMode('serial-printer', 'fail');
  await page.goBack();
  await expect(tabs.line(TONIC)).toContainText('Not sent');

  await sendButton(page).click();
  await expect(tabs.line(TONIC)).toContainText(/Sent \d\d:\d\d/);
  await expect(bar.getByRole('alert')).toContainText('Waiting for Receipt printer');
  await shot(page, 'tab-printer-waiting');
  const panel = await printing.openQueue();
  await expect(panel.getByRole('listitem', { name: /^Ticket [0-9A-F]{4}-T001/ })).toContainText('Waiting');
  await panel.getByRole('button', { name: 'Close' }).click();

  // Fixed: the queue prints it by itself, and the tab says so.
  await fake.setMode('serial-printer', 'ok');
  const prints = await fake.waitForPrinted('serial-printer', 1);
  expect(readReceipt(prints.at(-1)!).text).toContain(`1 x ${TONIC}`);
  await expect(bar).toContainText('Printed on Receipt printer', { timeout: 30_000 });
  await context.close();
});
