import { readFile } from 'node:fs/promises';
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';

/** A page in a browser context of its own: another person, another device. */
export async function newPage(browser: Browser, options: { acceptDownloads?: boolean } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(options);
  return { context, page: await context.newPage() };
}

/**
 * Someone joins the organisation by invitation, as a person does: `office` invites `email` with
 * `role` for `channel`, the invitee opens the mailed link in a browser of their own, creates their
 * account as `name`, and sets `pin` as their till PIN. Answers the invitee's page.
 */
export async function joinByInvitation(
  browser: Browser,
  office: BackOfficePage,
  person: { email: string; role: string; channel: string; name: string; password: string; pin: string },
): Promise<{ context: BrowserContext; page: Page }> {
  await office.openMembers();
  await expect(await office.invite(person.email, person.role, person.channel)).toBeHidden();
  const invitee = await newPage(browser);
  await invitee.page.goto(await mailedInvitationLink(person.email));
  await invitee.page.getByLabel('Your name').fill(person.name);
  await invitee.page.getByLabel('Choose a password').fill(person.password);
  await invitee.page.getByRole('button', { name: 'Create account and join' }).click();
  await new BackOfficePage(invitee.page).setTillPin(person.pin);
  return invitee;
}

/** The back office as an owner or manager sees it: every step through roles and labels. */
export class BackOfficePage {
  constructor(readonly page: Page) {}

  async signIn(email: string, password: string) {
    await this.page.goto('/admin');
    await expect(this.page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    await this.page.getByLabel('Email').fill(email);
    await this.page.getByLabel('Password').fill(password);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
  }

  get tillsTable() {
    return this.page.getByRole('table', { name: 'Tills' });
  }

  get membersTable() {
    return this.page.getByRole('table', { name: 'Members' });
  }

  get invitationsTable() {
    return this.page.getByRole('table', { name: 'Pending invitations' });
  }

  tillRow(name: string) {
    return this.tillsTable.getByRole('row').filter({ hasText: name });
  }

  memberRow(name: string) {
    return this.membersTable.getByRole('row').filter({ hasText: name });
  }

  /** Opens "Pair a new till" for a channel and answers the code it shows. */
  async makePairingCode(channel: string): Promise<string> {
    await this.page.getByRole('button', { name: 'Pair a new till' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Pair a new till' });
    await dialog.getByLabel('Channel').selectOption({ label: channel });
    await dialog.getByRole('button', { name: 'Make pairing code' }).click();
    const code = dialog.getByLabel('Pairing code');
    await expect(code).toHaveText(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    return (await code.textContent()) ?? '';
  }

  async openMembers() {
    await this.page.getByRole('navigation', { name: 'Back office' }).getByRole('link', { name: 'Members' }).click();
    await expect(this.page.getByRole('heading', { name: 'Members', level: 1 })).toBeVisible();
  }

  /** Sets the signed-in member's PIN for the organisation's tills. */
  async setTillPin(pin: string) {
    await this.page.getByRole('navigation', { name: 'Back office' }).getByRole('link', { name: 'Till PIN' }).click();
    await expect(this.page.getByRole('heading', { name: 'Your till PIN', level: 1 })).toBeVisible();
    await this.page.getByLabel('New PIN').fill(pin);
    await this.page.getByLabel('Repeat the PIN').fill(pin);
    await this.page.getByRole('button', { name: 'Save PIN' }).click();
    await expect(this.page.getByRole('status').filter({ hasText: 'PIN saved' })).toBeVisible();
  }

  async openAudit() {
    await this.page.getByRole('navigation', { name: 'Back office' }).getByRole('link', { name: 'Audit log' }).click();
    await expect(this.page.getByRole('heading', { name: 'Audit log', level: 1 })).toBeVisible();
  }

  async invite(email: string, role: string, channel: string) {
    await this.page.getByRole('button', { name: 'Invite a member' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Invite a member' });
    await dialog.getByLabel('Email').fill(email);
    await dialog.getByLabel('Channel').selectOption({ label: channel });
    await dialog.getByLabel('Role').selectOption({ label: role });
    await dialog.getByRole('button', { name: 'Send invitation' }).click();
    return dialog;
  }
}

/**
 * The invitation link the server "mailed" to `email`: in development, mail goes to the server's
 * log, which global-setup keeps in a file (E2E_SERVER_LOG). Answers the path and fragment.
 */
export async function mailedInvitationLink(email: string): Promise<string> {
  const logPath = process.env.E2E_SERVER_LOG;
  if (!logPath) throw new Error('E2E_SERVER_LOG is not set: run through the e2e global setup');
  let link: string | undefined;
  await expect
    .poll(async () => {
      const log = await readFile(logPath, 'utf8');
      const mail = log.slice(log.lastIndexOf(`email to ${email}:`));
      link = log.includes(`email to ${email}:`) ? /https?:\/\/[^/\s]+(\/accept-invitation#token=\S+)/.exec(mail)?.[1] : undefined;
      return link;
    })
    .toBeTruthy();
  return link!;
}
