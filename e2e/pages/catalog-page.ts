import { expect, type Page } from '@playwright/test';

export interface PackFields {
  name: string;
  units: string;
  price: string;
  barcodes: string;
}

/** The back office's catalog page and its product editor, through roles and labels. */
export class CatalogPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.getByRole('navigation', { name: 'Back office' }).getByRole('link', { name: 'Catalog' }).click();
    await expect(this.page.getByRole('heading', { name: 'Catalog', level: 1 })).toBeVisible();
  }

  get table() {
    return this.page.getByRole('table', { name: 'Products' });
  }

  row(name: string) {
    return this.table.getByRole('row').filter({ hasText: name });
  }

  async search(text: string) {
    await this.page.getByRole('searchbox', { name: 'Search products' }).fill(text);
  }

  get editor() {
    return this.page.getByRole('dialog');
  }

  /** Fills the open editor's product fields (labels as shown) and its packs, adding rows as needed. */
  async fill(fields: Record<string, string>, selects: Record<string, string>, packs: readonly PackFields[]) {
    const dialog = this.editor;
    for (const [label, value] of Object.entries(fields)) await dialog.getByLabel(label, { exact: true }).fill(value);
    // A select's name also holds its chosen option ("Category Red Wine").
    for (const [label, option] of Object.entries(selects)) await dialog.getByLabel(new RegExp(`^${label}`)).selectOption({ label: option });
    for (const [i, pack] of packs.entries()) {
      const rows = dialog.getByRole('listitem');
      if ((await rows.count()) <= i) await dialog.getByRole('button', { name: 'Add a pack' }).click();
      const row = rows.nth(i);
      await row.getByLabel('Pack name').fill(pack.name);
      await row.getByLabel('Units').fill(pack.units);
      await row.getByLabel(/^Price/).fill(pack.price);
      await row.getByLabel('Barcodes').fill(pack.barcodes);
    }
  }
}
