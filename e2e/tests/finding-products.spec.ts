import { expect, test } from '@playwright/test';
import postgres from 'postgres';
import { wedgeScan } from '../fakes/wedge-scanner';
import { TillPage } from '../pages/till-page';

/**
 * Finding things fast on the demo store's catalog, as a cashier does: a search with a typo, a
 * case barcode scanned by a keyboard-wedge scanner while focus is on something else (a category
 * button, the search box half typed), an unknown barcode, and browsing a category.
 */
const sql = () => postgres(process.env.E2E_DATABASE_URL!, { max: 1, onnotice: () => undefined });
const PAIRING = () => process.env.E2E_PAIRING_CODE!;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Picked {
  /** A spirit whose brand is one long word, to misspell. */
  spirit: { name: string; brand: string };
  /** A product sold by the case, with the case's barcode. */
  cased: { name: string; pack: string; barcode: string };
  /** How many active spirits the shop sells. */
  spirits: number;
}

async function pick(): Promise<Picked> {
  const db = sql();
  try {
    const [spirit] = await db<{ name: string; brand: string }[]>`
      select p.name, p.brand from products p join categories c on c.id = p.category_id
      where c.name = 'Spirits' and p.active and p.brand ~ '^[A-Za-z]{7,}$' order by p.sku limit 1`;
    const [cased] = await db<{ name: string; pack: string; barcode: string }[]>`
      select p.name, pack->>'name' as pack, pack->'barcodes'->>0 as barcode
      from products p, jsonb_array_elements(p.packs) pack
      where p.active and (pack->>'units')::int >= 12 and jsonb_array_length(pack->'barcodes') > 0 order by p.sku limit 1`;
    const [count] = await db<{ n: number }[]>`select count(*)::int as n from products p join categories c on c.id = p.category_id where c.name = 'Spirits' and p.active`;
    if (!spirit || !cased || !count) throw new Error('the demo catalog has no spirit with a one-word brand or no case barcode');
    return { spirit, cased, spirits: count.n };
  } finally {
    await db.end();
  }
}

/** Two neighbouring letters swapped: "Glenbrae" → "Gelnbrae". */
function typo(word: string): string {
  return word[0]! + word[2]! + word[1]! + word.slice(3);
}

test('a typo still finds the product, a case barcode scanned with focus elsewhere adds the case, and a category browses', async ({ browser }) => {
  const { spirit, cased, spirits } = await pick();
  const context = await browser.newContext();
  const page = await context.newPage();
  const till = new TillPage(page);
  await till.pair(PAIRING(), 'Finding till');
  await till.signIn('Casey Morgan', '1234');
  const grid = page.getByRole('group', { name: 'Products' });
  const tile = (name: string) => grid.getByRole('button', { name: new RegExp(`^${escape(name)},`) });

  // A search per keystroke, as typed by a person, with two letters swapped.
  const misspelt = typo(spirit.brand);
  await till.searchBox.pressSequentially(misspelt.toLowerCase(), { delay: 80 });
  await expect(tile(spirit.name)).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('search-typo-landscape.png') });
  await page.setViewportSize({ width: 768, height: 1024 });
  await expect(tile(spirit.name)).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('search-typo-portrait.png') });
  await page.setViewportSize({ width: 1024, height: 768 });

  // Browsing a category: its products in name order, the first page of them, and more on request.
  await till.searchBox.fill('');
  const categories = page.getByRole('toolbar', { name: 'Categories' });
  await categories.getByRole('button', { name: 'Spirits' }).click();
  await expect(categories.getByRole('button', { name: 'Spirits' })).toHaveAttribute('aria-pressed', 'true');
  await expect(grid.getByRole('button', { name: /, / })).toHaveCount(Math.min(60, spirits));
  await page.screenshot({ path: test.info().outputPath('browse-category-landscape.png') });
  if (spirits > 60) {
    const more = grid.getByRole('button', { name: /^Show more/ });
    await expect(more).toContainText(`60 of ${spirits} shown`);
    await more.click();
    await expect(grid.getByRole('button', { name: /, / })).toHaveCount(Math.min(120, spirits));
  }
  await page.setViewportSize({ width: 768, height: 1024 });
  await page.screenshot({ path: test.info().outputPath('browse-category-portrait.png') });
  await page.setViewportSize({ width: 1024, height: 768 });

  // Focus on another category's button: the scan adds the case, and its Enter presses nothing.
  await categories.getByRole('button', { name: 'All' }).focus();
  await wedgeScan(page, cased.barcode);
  const caseLine = till.cart.getByRole('listitem', { name: new RegExp(`^${escape(cased.name)}, ${escape(cased.pack)}`) });
  await expect(caseLine.getByRole('group', { name: /^Quantity/ })).toHaveText(/^\D*1\D*$/);
  await expect(categories.getByRole('button', { name: 'Spirits' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText(`Added ${cased.name}, ${cased.pack}`)).toBeVisible();

  // Half-way through typing a search, a scan adds the case again and leaves the search as it was.
  await till.searchBox.pressSequentially('rio', { delay: 80 });
  await wedgeScan(page, cased.barcode);
  await expect(caseLine.getByRole('group', { name: /^Quantity/ })).toHaveText(/^\D*2\D*$/);
  await expect(till.searchBox).toHaveValue('rio');

  // A barcode the shop does not sell says so.
  await categories.getByRole('button', { name: 'All' }).focus();
  await wedgeScan(page, '0000000000000');
  await expect(page.getByText('No product has barcode 0000000000000')).toBeVisible();
  await expect(caseLine.getByRole('group', { name: /^Quantity/ })).toHaveText(/^\D*2\D*$/);
  await page.screenshot({ path: test.info().outputPath('scan-unknown-barcode.png') });
  await context.close();
});
