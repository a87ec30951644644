import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { pullResponseV2Schema, type EnrollResponse } from '@tillsafe/sync';
import { changeIndex, products } from '../db/schema';
import { parseCsv, toCsv } from '../catalog/csv';
import { CSV_COLUMNS } from '../catalog/catalog-csv';
import { startBackOffice, type BackOffice } from '../onboarding/back-office-test-client';
import { DEMO } from '../seed/demo-organisation';
import { DRIVERS, enrollTill } from '../testing/test-server';

const OWNER = DEMO.users.find((u) => u.role === 'owner')!;
const STORE_MANAGER = DEMO.users.find((u) => u.role === 'manager')!;
const ORG = DEMO.tenant.id;
const CATALOG = `/api/v1/organisations/${ORG}/catalog`;

interface Plan {
  rows: number;
  products: number;
  creates: number;
  updates: number;
  errorCount: number;
  errors: { row: number; column: string; message: string }[];
}

/** A row of the import file, its columns in CSV_COLUMNS order. */
function row(sku: string, name: string, pack: string, units: number, price: string, barcodes: string, more: Partial<Record<(typeof CSV_COLUMNS)[number], string>> = {}): string[] {
  const cells: Record<string, string> = { sku, name, brand: 'Quayside', category: 'Beer & Cider', tax_category: 'Alcohol 10%', size_ml: '330', age_restricted: 'yes', deposit: '', active: 'yes', pack, units: String(units), price, barcodes, ...more };
  return CSV_COLUMNS.map((c) => cells[c] ?? '');
}

describe.each(DRIVERS)('the catalog as a CSV file on %s', (kind) => {
  let office: BackOffice;
  let owner: string;
  let till: EnrollResponse;
  beforeAll(async () => {
    office = await startBackOffice(kind);
    owner = await office.login(OWNER.email, OWNER.password);
    till = await enrollTill(office.server);
  });
  afterAll(() => office.close());

  async function send(path: string, csv: string, token = owner) {
    const res = await office.server.app.request(`${CATALOG}/${path}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' }, body: csv });
    return { status: res.status, body: (await res.json()) as Plan & { applied?: number; error?: Plan & { code: string; message: string } } };
  }
  const db = () => office.server.database.db;
  const changePosition = async () => (await db().select({ n: sql<number>`count(*)::int` }).from(changeIndex).where(eq(changeIndex.tenantId, ORG)))[0]!.n;
  const file = (...rows: string[][]) => toCsv([[...CSV_COLUMNS], ...rows]);

  test('the export is a spreadsheet of every pack with its price, and importing it back changes nothing', async () => {
    const res = await office.server.app.request(`${CATALOG}/export.csv`, { headers: { authorization: `Bearer ${owner}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="catalog-\d{4}-\d{2}-\d{2}\.csv"$/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const records = parseCsv(text);
    expect(records[0]?.fields).toEqual([...CSV_COLUMNS]);
    const stored = await db().select().from(products).where(eq(products.tenantId, ORG));
    expect(records).toHaveLength(1 + stored.reduce((n, p) => n + p.packs.length, 0));
    const some = stored.find((p) => p.packs.length > 1)!;
    const itsRows = records.filter((r) => r.fields[0] === some.sku).map((r) => [r.fields[9], r.fields[11]]);
    expect(itsRows).toEqual(some.packs.map((p) => [p.name, (p.price / 100).toFixed(2)]));

    // The demo's products have no tax category; give them one in the file and it reads back whole.
    const withTax = toCsv(records.map((r, i) => (i === 0 ? r.fields : r.fields.map((f, c) => (CSV_COLUMNS[c] === 'tax_category' ? 'Alcohol 10%' : f)))));
    const preview = await send('import/preview', withTax);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ errorCount: 0, errors: [], creates: 0, updates: stored.length, products: stored.length });
  });

  test('a file with bad rows previews every problem by row and column, and importing it applies nothing', async () => {
    const before = await changePosition();
    const taken = (await db().select().from(products).where(eq(products.tenantId, ORG)).limit(1))[0]!.packs[0]!.barcodes[0]!;
    const csv = file(
      row('CSV-1', 'Quayside Pale, "Cask"', 'Bottle', 1, '3.10', '7100000000011 7100000000012'),
      row('CSV-1', '', 'Case of 12', 12, '30', '7100000000128'),
      row('CSV-2', 'Quayside Stout', 'Bottle', 1, '3,5x', '7100000000021'),
      row('CSV-3', 'Quayside Porter', 'Bottle', 1, '3.00', '', { category: 'Beerz', tax_category: 'Nope' }),
      row('CSV-4', 'Quayside Mild', 'Bottle', 1, '2.90', taken),
      row('CSV-5', 'Quayside Red', 'Bottle', 1, '2.90', '7100000000011'),
      row('', 'No SKU', 'Bottle', 1, '1.00', ''),
    );
    const preview = await send('import/preview', csv);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ rows: 7, products: 3, creates: 3, updates: 0, errorCount: 6 });
    expect(preview.body.errors.map((e) => [e.row, e.column])).toEqual([
      [4, 'price'],
      [5, 'category'],
      [5, 'tax_category'],
      [6, 'barcodes'],
      [7, 'barcodes'],
      [8, 'sku'],
    ]);
    expect(preview.body.errors[0]?.message).toBe('The price "3,5x" is not an amount like 12.50.');
    expect(preview.body.errors[3]?.message).toMatch(new RegExp(`^Barcode ${taken} is already on `));
    expect(preview.body.errors[4]?.message).toBe('Barcode 7100000000011 is already on Quayside Pale, "Cask" (Bottle).');

    const applied = await send('import', csv);
    expect(applied.status).toBe(422);
    expect(applied.body.error).toMatchObject({ code: 'IMPORT_INVALID', message: '6 row problems in the file; nothing was imported. Fix them and import again.', errorCount: 6 });
    expect(await db().select().from(products).where(eq(products.sku, 'CSV-1'))).toEqual([]);
    expect(await changePosition()).toBe(before);
  });

  test('a fixed file creates and updates in one go, keeps pack ids, and tills pull the result', async () => {
    const first = file(row('CSV-10', 'Harbour Gold', 'Bottle', 1, '3.10', '7200000000011 7200000000012'), row('CSV-10', '', 'Case of 12', 12, '30.00', '7200000000128'));
    expect((await send('import', first)).body).toMatchObject({ creates: 1, updates: 0, applied: 1 });
    const [created] = await db().select().from(products).where(eq(products.sku, 'CSV-10'));
    const second = file(
      row('csv-10', 'Harbour Gold', 'Bottle', 1, '3.30', '7200000000011 7200000000012'),
      row('CSV-10', '', 'Case of 12', 12, '31.50', '7200000000128'),
      row('CSV-11', 'Harbour Amber', 'Bottle', 1, '2.95', '7200000000021', { active: 'no', age_restricted: 'no', deposit: 'Bottle deposit' }),
    );
    expect((await send('import/preview', second)).body).toMatchObject({ creates: 1, updates: 1, errorCount: 0 });
    expect((await send('import', second)).body).toMatchObject({ creates: 1, updates: 1, applied: 2 });
    const [updated] = await db().select().from(products).where(eq(products.id, created!.id));
    expect(updated!.packs.map((p) => [p.id, p.price])).toEqual(created!.packs.map((p, i) => [p.id, [330, 3150][i]]));
    const [amber] = await db().select().from(products).where(eq(products.sku, 'CSV-11'));
    expect(amber).toMatchObject({ active: false, ageRestricted: false, depositItemId: expect.any(String) });

    const res = await office.server.app.request('/api/v1/sync/pull?limit=5000&protocolVersion=2', { headers: { authorization: `Bearer ${till.deviceToken}` } });
    let page = pullResponseV2Schema.parse(await res.json());
    const pulled = new Map<string, unknown>();
    for (;;) {
      for (const c of page.changes) if (c.entity === 'product') pulled.set(c.id, c.data);
      if (!page.hasMore) break;
      page = pullResponseV2Schema.parse(await (await office.server.app.request(`/api/v1/sync/pull?limit=5000&protocolVersion=2&cursor=${page.cursor}`, { headers: { authorization: `Bearer ${till.deviceToken}` } })).json());
    }
    expect(pulled.get(created!.id)).toMatchObject({ packs: [{ price: 330 }, { price: 3150 }] });
    expect(pulled.get(amber!.id)).toMatchObject({ name: 'Harbour Amber', active: false });
  });

  test('five thousand rows preview and import whole, in one transaction', async () => {
    const rows: string[][] = [];
    for (let i = 0; i < 2500; i++) {
      const code = String(8_000_000_000_000 + i * 10);
      rows.push(row(`BULK-${i}`, `Bulk Lager ${i}`, 'Bottle', 1, '2.50', code), row(`BULK-${i}`, '', 'Case of 24', 24, '48.00', String(Number(code) + 1)));
    }
    const csv = file(...rows);
    const started = Date.now();
    expect((await send('import/preview', csv)).body).toMatchObject({ rows: 5000, products: 2500, creates: 2500, errorCount: 0 });
    const applied = await send('import', csv);
    expect(applied.status).toBe(200);
    expect(applied.body).toMatchObject({ rows: 5000, creates: 2500, applied: 2500 });
    expect(Date.now() - started).toBeLessThan(60_000);
    const [counted] = await db().select({ n: sql<number>`count(*)::int` }).from(products).where(sql`${products.sku} like 'BULK-%'`);
    expect(counted?.n).toBe(2500);
    // The same file again: every product is an update now, and a bad last row stops all of them.
    rows[4999] = row('BULK-2499', '', 'Case of 24', 24, 'free', '');
    const again = await send('import', file(...rows));
    expect(again.body.error).toMatchObject({ code: 'IMPORT_INVALID', updates: 2499, errors: [{ row: 5001, column: 'price' }] });
  }, 120_000);

  test('only those who edit the whole catalog may export or import it', async () => {
    const manager = await office.login(STORE_MANAGER.email, STORE_MANAGER.password);
    expect((await send('import/preview', file(row('X', 'X', 'Bottle', 1, '1', '')), manager)).status).toBe(403);
    expect((await office.server.app.request(`${CATALOG}/export.csv`, { headers: { authorization: `Bearer ${manager}` } })).status).toBe(403);
    expect((await send('import/preview', '')).body.error).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect((await send('import/preview', 'sku,name\nA,B\n')).body.errors[0]).toMatchObject({ row: 1, message: expect.stringMatching(/^The header has no category, tax_category, age_restricted, pack, units, price column\./) });
  });
});
