import { expect, test, type BrowserContext } from '@playwright/test';
import { BackOfficePage } from '../pages/back-office-page';
import { TillPage } from '../pages/till-page';

const PAIRING = () => process.env.E2E_PAIRING_CODE!;
const OWNER = { email: 'owner@cellar-harbour.example', password: 'demo-owner-password' };

/** Every violation of the server's content security policy the pages of `context` report. */
async function recordViolations(context: BrowserContext): Promise<string[]> {
  const violations: string[] = [];
  await context.exposeBinding('reportPolicyViolation', (_source, violation: string) => {
    violations.push(violation);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportPolicyViolation: (v: string) => void }).reportPolicyViolation(`${event.violatedDirective} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  return violations;
}

test('the till and the back office run under their content security policy without a single violation', async ({ browser }) => {
  const context = await browser.newContext();
  const violations = await recordViolations(context);
  const page = await context.newPage();
  const till = new TillPage(page);
  // Pairing pulls and parses the catalog; a sale parses, prices and commits.
  await till.pair(PAIRING(), 'Content security till');
  await till.signIn('Casey Morgan', '1234');
  await till.addBySearch('Tonic Water 200ml');
  await till.payCash();

  const office = new BackOfficePage(await context.newPage());
  await office.signIn(OWNER.email, OWNER.password);
  await expect(office.page.getByRole('heading', { name: 'Tills', level: 1 })).toBeVisible();
  await expect(office.tillRow('Content security till')).toBeVisible();

  expect(violations).toEqual([]);
  await context.close();
});
