import { expect, test } from 'vitest';
import { RECEIPT_FOOTER, receiptSellerOf } from './sale-receipt';

const header = { legalName: 'Quay Street Wines Ltd', addressLines: ['4 Quay Street', 'Galway', 'Tel 091 555 0101'], taxNumber: 'IE7654321T', footer: 'Please drink responsibly.\nNo sale to under-18s.' };

test('without receipt details a receipt names the store only, with the default thanks', () => {
  expect(receiptSellerOf('Corner Cellar', null)).toEqual({ store: { name: 'Corner Cellar', addressLines: [] }, footer: RECEIPT_FOOTER });
});

test('the receipt details give the legal name, the address (phone included) and the tax number under the store’s name, and the store’s own footer', () => {
  expect(receiptSellerOf('Quay Street Bottle Shop', header)).toEqual({
    store: { name: 'Quay Street Bottle Shop', addressLines: ['Quay Street Wines Ltd', '4 Quay Street', 'Galway', 'Tel 091 555 0101'], taxId: 'IE7654321T' },
    footer: ['Please drink responsibly.', 'No sale to under-18s.'],
  });
});

test('a legal name that is the store’s name is not said twice; no tax number and a blank footer leave the defaults', () => {
  expect(receiptSellerOf('Quay Street Wines Ltd', { ...header, taxNumber: null, footer: '  ' })).toEqual({
    store: { name: 'Quay Street Wines Ltd', addressLines: ['4 Quay Street', 'Galway', 'Tel 091 555 0101'] },
    footer: RECEIPT_FOOTER,
  });
});
