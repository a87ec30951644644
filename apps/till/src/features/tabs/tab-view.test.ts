import type { ProductRecord, TabLineRecord, TabRecord } from '@tillsafe/sync';
import { expect, test } from 'vitest';
import { enrolment, lager } from '../../test-support/fixtures';
import { groupTabs, tabLabel, viewTab } from './tab-view';

const products = new Map<string, ProductRecord>([[lager.id, lager]]);
const bottle = lager.packs[0]!;
const sixPack = lager.packs[1]!;
const otherTill = '0190a0e0-0000-7000-8000-00000000e002';

const tab = (overrides: Partial<TabRecord> = {}): TabRecord => ({
  id: '0190a0e0-0000-7000-8000-000000007001',
  channelId: enrolment.channelId,
  name: '',
  tableNo: '7',
  status: 'open',
  openedAt: '2026-11-20T20:00:00.000Z',
  closedAt: null,
  saleId: null,
  movedFrom: null,
  ...overrides,
});

let n = 0;
const line = (overrides: Partial<TabLineRecord> = {}): TabLineRecord => ({
  id: `0190a0e0-0000-7000-8000-0000000071${(n++).toString().padStart(2, '0')}`,
  tabId: tab().id,
  productId: lager.id,
  packId: bottle.id,
  qty: 1,
  notes: '',
  voided: false,
  addedBy: enrolment.deviceId,
  movedFrom: null,
  ...overrides,
});

test('a tab is named by its table, its name, or both', () => {
  expect(tabLabel({ tableNo: '7', name: '' })).toBe('Table 7');
  expect(tabLabel({ tableNo: null, name: 'Sam' })).toBe('Sam');
  expect(tabLabel({ tableNo: '12', name: ' Birthday ' })).toBe('Table 12 · Birthday');
  expect(tabLabel({ tableNo: null, name: '' })).toBe('Untitled tab');
});

test('the running total prices the lines still on the tab and leaves voided ones out', () => {
  const view = viewTab(tab(), [line({ qty: 3 }), line({ packId: sixPack.id }), line({ qty: 2, voided: true })], products, enrolment.deviceId);
  expect(view.total).toBe(3 * bottle.price + sixPack.price);
  expect(view.itemCount).toBe(4);
  expect(view.lines.map((l) => [l.packName, l.lineTotal])).toEqual([
    ['Bottle', 750],
    ['6-pack', 1299],
  ]);
  expect(view.voided).toHaveLength(1);
  expect(view.voided[0]!.lineTotal).toBe(0);
  expect(view.taxTotal).toBeGreaterThan(0);
});

test('lines show in the order they were added, whichever till added them, and say which till that was', () => {
  const later = line({ addedBy: otherTill });
  const earlier = { ...line(), id: '0190a0e0-0000-7000-8000-000000000001' };
  const view = viewTab(tab(), [later, earlier], products, enrolment.deviceId);
  expect(view.lines.map((l) => [l.line.id, l.addedHere])).toEqual([
    [earlier.id, true],
    [later.id, false],
  ]);
});

test('a line whose product left the catalog is shown but not priced', () => {
  const gone = line({ productId: '0190a0e0-0000-7000-8000-000000000bad' });
  const view = viewTab(tab(), [gone, line()], products, enrolment.deviceId);
  expect(view.total).toBe(bottle.price);
  expect(view.lines[0]).toMatchObject({ known: false, lineTotal: 0, name: 'Product no longer in the catalog' });
});

test('a tab that took lines after another till closed its table is flagged, and so are those lines', () => {
  const original = tab();
  const overflow = tab({ id: '0190a0e0-0000-7000-8000-000000007002', movedFrom: original.id });
  const view = viewTab(overflow, [line({ tabId: overflow.id, movedFrom: original.id })], products, enrolment.deviceId);
  expect(view.moved).toBe(true);
  expect(view.lines[0]!.moved).toBe(true);
  expect(view.label).toBe('Table 7');
  expect(viewTab(original, [line()], products, enrolment.deviceId).moved).toBe(false);
});

test('open tabs group into tables in table order, then named tabs by name', () => {
  const views = [
    tab({ id: '0190a0e0-0000-7000-8000-0000000070a1', tableNo: '10' }),
    tab({ id: '0190a0e0-0000-7000-8000-0000000070a2', tableNo: null, name: 'zoe' }),
    tab({ id: '0190a0e0-0000-7000-8000-0000000070a3', tableNo: '2' }),
    tab({ id: '0190a0e0-0000-7000-8000-0000000070a4', tableNo: null, name: 'Adam' }),
    tab({ id: '0190a0e0-0000-7000-8000-0000000070a5', tableNo: '2', openedAt: '2026-11-20T21:00:00.000Z', movedFrom: '0190a0e0-0000-7000-8000-0000000070a3' }),
  ].map((t) => viewTab(t, [], products, enrolment.deviceId));
  const groups = groupTabs(views);
  expect(groups.tables.map((v) => [v.label, v.moved])).toEqual([
    ['Table 2', false],
    ['Table 2', true],
    ['Table 10', false],
  ]);
  expect(groups.named.map((v) => v.label)).toEqual(['Adam', 'zoe']);
});
