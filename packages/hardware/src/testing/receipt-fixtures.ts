import type { Bitmap } from '../bitmap';
import type { RefundReceiptInput } from '../receipt-from-refund';
import type { SaleReceiptInput } from '../receipt-from-sale';
import type { ShiftReportInput } from '../receipt-from-shift';
import type { TicketInput } from '../receipt-from-ticket';

/** Receipt inputs shared by the golden tests; each one exercises one part of the receipt. */
export const SALE_ID = '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';

const store = { name: 'Cave du Coin', addressLines: ['12 rue des Vignes', '75011 Paris'], phone: '01 23 45 67 89', taxId: 'FR40123456789' };

/** A cash sale of 42.50: two Crémant and a Rosé, paid with a 50 note. */
export const cashSale: SaleReceiptInput = {
  saleId: SALE_ID,
  receiptNo: 'T1-000042',
  soldAt: '2025-03-14T17:05:00Z',
  timeZone: 'Europe/Paris',
  currency: 'EUR',
  locale: 'en-IE',
  store,
  cashier: 'Marie',
  till: 'Till 1',
  lines: [
    { name: 'Crémant de Loire Brut', packName: 'Bottle 75 cl', qty: 2, unitPrice: 1250, lineTotal: 2500, taxRateBp: 2000, tax: 417 },
    { name: 'Rosé de Provence', packName: 'Bottle 75 cl', qty: 1, unitPrice: 1750, lineTotal: 1750, taxRateBp: 2000, tax: 292 },
  ],
  total: 4250,
  tenders: [{ kind: 'cash', amount: 5000 }],
  change: 750,
  loyalty: { earned: 42, balance: 1234 },
  footer: ['Thank you!', 'Returns within 30 days with this receipt.'],
};

/** Card, cash and a voucher on one sale. */
export const splitTenderSale: SaleReceiptInput = {
  ...cashSale,
  saleId: '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a60',
  receiptNo: 'T1-000043',
  tenders: [
    { kind: 'voucher', label: 'Gift voucher GV-1187', amount: 1000 },
    { kind: 'card', label: 'Visa **** 4242', amount: 2000 },
    { kind: 'cash', amount: 2000 },
  ],
  change: 750,
};

/** Beer by the crate with bottle deposits, and a mixed-case rule on wine. */
export const depositSale: SaleReceiptInput = {
  ...cashSale,
  saleId: '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a61',
  receiptNo: 'T1-000044',
  lines: [
    {
      name: 'Kronenbourg 1664',
      packName: 'Crate of 24 x 25 cl',
      qty: 1,
      unitPrice: 2490,
      lineTotal: 2490,
      taxRateBp: 2000,
      tax: 415,
      deposits: [{ label: 'Bottle deposit', qty: 24, unitAmount: 10, total: 240 }, { label: 'Crate deposit', qty: 1, unitAmount: 300, total: 300 }],
    },
    {
      name: 'Côtes du Rhône',
      packName: 'Bottle 75 cl',
      qty: 6,
      unitPrice: 900,
      lineTotal: 4860,
      taxRateBp: 2000,
      tax: 810,
      adjustments: [{ label: 'Mix 6 wines −10%', amount: -540 }],
    },
  ],
  total: 7890,
  tenders: [{ kind: 'card', amount: 7890 }],
  change: 0,
};

/** French wine names, an Austrian one, the euro sign, in a French locale ("42,50 €"). */
export const accentSale: SaleReceiptInput = {
  ...cashSale,
  saleId: '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a62',
  receiptNo: 'T1-000045',
  locale: 'fr-FR',
  lines: [
    { name: 'Crémant d’Alsace Rosé', qty: 1, unitPrice: 1490, lineTotal: 1490, taxRateBp: 2000, tax: 248 },
    { name: 'Grüner Veltliner Federspiel', packName: 'Flasche 0,75 l', qty: 2, unitPrice: 1380, lineTotal: 2760, taxRateBp: 2000, tax: 460 },
  ],
  total: 4250,
  tenders: [{ kind: 'card', label: 'Carte bancaire', amount: 4250 }],
  change: 0,
  footer: ['Merci de votre visite — à bientôt !', 'Échanges sous 30 jours.'],
};

export const refund: RefundReceiptInput = {
  refundId: '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a70',
  originalSaleId: SALE_ID,
  originalReceiptNo: 'T1-000042',
  receiptNo: 'R1-000007',
  refundedAt: '2025-03-15T10:12:00Z',
  timeZone: 'Europe/Paris',
  currency: 'EUR',
  locale: 'en-IE',
  store,
  cashier: 'Paul',
  till: 'Till 1',
  reason: 'Corked bottle',
  lines: [{ name: 'Rosé de Provence', packName: 'Bottle 75 cl', qty: 1, unitPrice: 1750, lineTotal: 1750, taxRateBp: 2000, tax: 292 }],
  total: 1750,
  tenders: [{ kind: 'cash', amount: 1750 }],
};

export const shiftReport: ShiftReportInput = {
  shiftId: '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a80',
  reportNo: 'Z-0112',
  openedAt: '2025-03-14T08:00:00Z',
  closedAt: '2025-03-14T19:30:00Z',
  timeZone: 'Europe/Paris',
  currency: 'EUR',
  locale: 'en-IE',
  store,
  till: 'Till 1',
  cashier: 'Marie',
  sales: { count: 57, gross: 184_350, refundCount: 1, refunds: 1750, discounts: 2310 },
  taxes: [{ rateBp: 2000, gross: 180_000, tax: 30_000 }, { rateBp: 550, gross: 2600, tax: 136 }],
  tenders: [{ kind: 'cash', amount: 61_200 }, { kind: 'card', amount: 121_400 }],
  cash: { opening: 15_000, sales: 61_200, refunds: 1750, payOuts: 2000, counted: 72_400 },
  noSaleCount: 2,
};

export const barTicket: TicketInput = {
  ticketId: '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a90',
  ticketNo: 'B-0318',
  station: 'Bar',
  table: '12',
  tab: 'Müller party',
  server: 'Léa',
  createdAt: '2025-03-14T20:41:00Z',
  timeZone: 'Europe/Paris',
  currency: 'EUR',
  storeName: 'Cave du Coin',
  lines: [
    { name: 'Crémant de Loire', packName: 'Glass 12 cl', qty: 3, notes: ['one without ice bucket'] },
    { name: 'Pression Kronenbourg', packName: 'Pint', qty: 2 },
  ],
};

/** A 48 × 24 logo: a dark frame around a left-to-right grey ramp, so dithering shows. */
export function sampleLogo(): Bitmap {
  const width = 48;
  const height = 24;
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const frame = x < 2 || y < 2 || x >= width - 2 || y >= height - 2;
      data[y * width + x] = frame ? 0 : Math.round((x / (width - 1)) * 255);
    }
  }
  return { width, height, data };
}
