import { expect, test } from '@playwright/test';
import { CheckoutPreviewPage } from '../pages/checkout-preview-page';

/**
 * The payment screen in the browser, with the sample sale ($212.63; Jordan Avery has 2,340
 * points to spend; the store takes M-Pesa and Airtel Money) and the keyed-in card terminal.
 * What it hands back is the `payments` array and settlement `sale.complete` takes.
 */
interface Completed {
  payments: Record<string, unknown>[];
  settlement: { total: number; nonCash: number; cashDue: number; cashRounding: number; cashTendered: number; change: number };
}

test('a split tender: card keyed in from the slip, then cash with the change due, completes with Enter', async ({ page }, testInfo) => {
  const checkout = new CheckoutPreviewPage(page, testInfo);
  await checkout.open('payment');
  await expect(checkout.payment.getByText('$212.63').first()).toBeVisible();
  await expect(checkout.completeButton).toBeDisabled();

  await checkout.payByKeyedCard({ last4: '4242', approvalCode: '83kq1z', reference: 'ING-77-000481' }, '100', () => checkout.shot('payment-card-slip-1024x768'));
  await expect(checkout.takenPayments).toHaveCount(1);
  await expect(checkout.takenPayments.first()).toContainText('Card •••• 4242');
  await expect(checkout.takenPayments.first()).toContainText('Approval 83KQ1Z');
  await expect(checkout.remaining).toHaveText('$112.63');

  await checkout.tender('Cash').click();
  await checkout.payment.getByRole('group', { name: 'Quick amounts' }).getByRole('button', { name: '$120.00' }).click();
  await expect(checkout.payment.getByText('Change', { exact: true })).toBeVisible();
  await expect(checkout.completeButton).toBeEnabled();
  await expect(checkout.completeButton).toContainText('Change $7.37');
  await checkout.shot('payment-split-1024x768');
  await page.setViewportSize({ width: 768, height: 1024 });
  await checkout.shot('payment-split-768x1024');

  await page.keyboard.press('Enter');
  const done = await checkout.result<Completed>();
  expect(done.payments).toEqual([
    { kind: 'card', amount: 10_000, last4: '4242', approvalCode: '83KQ1Z', terminalRef: 'ING-77-000481' },
    { kind: 'cash', amount: 12_000 },
  ]);
  expect(done.settlement).toEqual({ total: 21_263, nonCash: 10_000, cashDue: 11_263, cashRounding: 0, cashTendered: 12_000, change: 737 });
});

test('digits typed anywhere type the cash; Enter takes a part payment, Esc asks before dropping it', async ({ page }, testInfo) => {
  const checkout = new CheckoutPreviewPage(page, testInfo);
  await checkout.open('payment');
  await expect(checkout.payment).toBeVisible();
  await page.keyboard.type('1005');
  await page.keyboard.press('Backspace');
  await expect(checkout.payment.getByLabel('Cash received')).toHaveValue('100');
  await expect(checkout.payment.getByText('Short by')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(checkout.takenPayments).toHaveCount(1);
  await expect(checkout.remaining).toHaveText('$112.63');

  await page.keyboard.press('Escape');
  const confirm = page.getByRole('dialog', { name: 'Cancel the payment?' });
  await expect(confirm).toContainText('hand back $100.00 in cash');
  await confirm.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(confirm).toBeHidden();
  await expect(checkout.payment).toBeVisible();

  await checkout.payment.getByRole('region', { name: 'Take a payment' }).focus();
  await page.keyboard.type('120');
  await expect(checkout.completeButton).toContainText('Change $7.37');
  await page.keyboard.press('Enter');
  const done = await checkout.result<Completed>();
  expect(done.payments).toEqual([
    { kind: 'cash', amount: 10_000 },
    { kind: 'cash', amount: 12_000 },
  ]);
  expect(done.settlement.change).toBe(737);
});

test('a card payment is removed only after the cashier confirms it was reversed on the terminal', async ({ page }, testInfo) => {
  const checkout = new CheckoutPreviewPage(page, testInfo);
  await checkout.open('payment');
  await checkout.payByKeyedCard({ last4: '0019', approvalCode: '512044' }, '50');
  await expect(checkout.takenPayments.first()).toContainText('MANUAL-512044');
  await checkout.payment.getByRole('button', { name: 'Remove Card •••• 0019 payment of $50.00' }).click();
  const confirm = page.getByRole('dialog', { name: 'Remove the card payment?' });
  await expect(confirm).toContainText('does not give the money back: void or refund it on the terminal first');
  await checkout.shot('payment-remove-card');
  await confirm.getByRole('button', { name: 'It is reversed — remove' }).click();
  await expect(checkout.payment.getByRole('list', { name: 'Payments taken' })).toBeHidden();
  await expect(checkout.remaining).toHaveText('$212.63');
});

test('points up to the offline balance, mobile money never above what is due, the card for the rest', async ({ page }, testInfo) => {
  const checkout = new CheckoutPreviewPage(page, testInfo);
  await checkout.open('payment');
  await checkout.tender('Points').click();
  await expect(checkout.payment.getByText('points to spend here')).toContainText('2,340 points to spend here · worth $23.40');
  await checkout.payment.getByRole('button', { name: 'Pay $23.40 with points' }).click();
  await expect(checkout.takenPayments.first()).toContainText('2,340 points');

  await checkout.tender('Mobile money').click();
  await checkout.payment.getByRole('button', { name: 'Airtel Money' }).click();
  await checkout.payment.getByLabel('Transaction reference').fill('QX12AB');
  await checkout.payment.getByLabel('Amount', { exact: true }).fill('500');
  await checkout.payment.getByRole('button', { name: /^Record/ }).click();
  await expect(checkout.payment.getByRole('alert')).toHaveText('Airtel Money can pay at most $189.23, what is still due; only cash can be more, as change.');
  await checkout.payment.getByLabel('Amount', { exact: true }).fill('50');
  await checkout.payment.getByRole('button', { name: 'Record $50.00 by Airtel Money' }).click();
  await expect(checkout.takenPayments).toHaveCount(2);
  await checkout.shot('payment-points-mobile');

  await checkout.payByKeyedCard({ last4: '4242', approvalCode: 'A1B2C3', reference: 'T-9001' });
  await expect(checkout.completeButton).toContainText('Paid');
  await checkout.completeButton.click();
  const done = await checkout.result<Completed>();
  expect(done.payments).toEqual([
    { kind: 'loyalty', points: 2340, value: 2340 },
    { kind: 'mobile_money', amount: 5000, provider: 'Airtel Money', reference: 'QX12AB' },
    { kind: 'card', amount: 13_923, last4: '4242', approvalCode: 'A1B2C3', terminalRef: 'T-9001' },
  ]);
  expect(done.settlement).toMatchObject({ nonCash: 21_263, change: 0 });
});

test('a declined card takes nothing; a connected terminal shows it is waiting, then the approval', async ({ page }, testInfo) => {
  const checkout = new CheckoutPreviewPage(page, testInfo);
  await checkout.open('payment');
  await checkout.tender('Card').click();
  await checkout.payment.getByRole('button', { name: 'Charge $212.63 on the terminal' }).click();
  await checkout.payment.getByRole('form', { name: 'Card slip' }).getByRole('button', { name: 'Declined' }).click();
  await expect(checkout.payment.getByRole('alert')).toContainText('The card was declined');
  await expect(checkout.payment.getByText('None yet.')).toBeVisible();

  await checkout.open('payment-terminal');
  await checkout.tender('Card').click();
  await checkout.payment.getByRole('button', { name: 'Charge $212.63 on the terminal' }).click();
  await expect(checkout.payment.getByRole('status')).toContainText('Waiting for the card terminal');
  await expect(checkout.tender('Cash')).toBeDisabled();
  await checkout.shot('payment-terminal-waiting');
  await expect(checkout.takenPayments.first()).toContainText('Card •••• 4242');
  await expect(checkout.completeButton).toBeEnabled();
});
