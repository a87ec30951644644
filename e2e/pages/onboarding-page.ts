import { expect, type Page } from '@playwright/test';

/** A new business's set-up wizard and approval page, and the platform admin's review, by roles and labels. */
export class OnboardingPage {
  constructor(readonly page: Page) {}

  async signUp(input: { name: string; email: string; password: string; business: string; type: string }) {
    await this.page.goto('/admin/sign-up');
    await this.page.getByLabel('Your name').fill(input.name);
    await this.page.getByLabel('Email').fill(input.email);
    await this.page.getByLabel('Password').fill(input.password);
    await this.page.getByLabel('Business name').fill(input.business);
    await this.page.getByLabel('Business type').selectOption({ label: input.type });
    await this.page.getByRole('button', { name: 'Create account' }).click();
  }

  /** The step on screen: its title is the card's heading. */
  stepHeading(title: string) {
    return this.page.getByRole('heading', { name: title, level: 2 });
  }

  step(title: string) {
    return this.page.getByRole('navigation', { name: 'Set-up steps' }).getByRole('button', { name: new RegExp(`^${title}, (done|to do|later)$`) });
  }

  async saveAndContinue() {
    await this.page.getByRole('button', { name: /^Save and (continue|finish)$/ }).click();
  }

  sidebarLink(name: string | RegExp) {
    return this.page.getByRole('navigation', { name: 'Back office' }).getByRole('link', { name });
  }

  get documentsTable() {
    return this.page.getByRole('table', { name: 'Documents' });
  }

  get approvalStatus() {
    return this.page.getByRole('region', { name: 'Approval status' });
  }

  async sendDocument(kind: string, file: { name: string; mimeType: string; buffer: Buffer }) {
    const form = this.page.getByRole('form', { name: 'Send a document' });
    await form.getByLabel('Document').selectOption({ label: kind });
    await form.getByLabel('File').setInputFiles(file);
    await form.getByRole('button', { name: 'Send document' }).click();
    return form;
  }

  async shot(name: string) {
    const dir = process.env.E2E_SHOTS_DIR;
    if (dir) await this.page.screenshot({ path: `${dir}/${name}.png` });
  }

  /** Waits for the page to settle (no spinner) before a picture. */
  async settledShot(name: string) {
    await expect(this.page.locator('.spinner')).toHaveCount(0);
    await this.shot(name);
  }
}

/** A small but well-formed PDF, made here so the test carries no binary file. */
export function minimalPdf(text: string): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 144] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
  ];
  const stream = `BT /F1 18 Tf 24 72 Td (${text.replace(/[()\\]/g, '')}) Tj ET`;
  objects.push(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
  objects.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
