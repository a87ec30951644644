import { formatPercent, type ManualDiscount } from '@tillsafe/domain';
import { formatMoneyInput, parseMoneyInput } from '../payment/money-input';

/** A manual discount as the cashier types it: none, a percentage, or an amount, with a reason. */
export interface DiscountDraft {
  kind: 'none' | 'percent' | 'amount';
  /** "15", "12.5" (percent) or "5.00" (amount), as typed. */
  value: string;
  reason: string;
}

export type DiscountReading = { ok: true; discount: ManualDiscount | null } | { ok: false; message: string };

/** The draft of an existing discount (or of none), for editing. */
export function draftOf(discount: ManualDiscount | null, digits: number): DiscountDraft {
  if (discount === null) return { kind: 'none', value: '', reason: '' };
  const reason = discount.reason ?? '';
  if (discount.kind === 'percent') return { kind: 'percent', value: formatPercent(discount.bp).replace('%', ''), reason };
  return { kind: 'amount', value: formatMoneyInput(discount.amount, digits), reason };
}

/**
 * Reads a draft as a manual discount (null: none). A percentage is kept to a hundredth of a
 * percent (basis points), between 0.01 and 100; an amount is in the currency's minor units. The
 * pricing engine judges the rest: whether it is within the cashier's limit, and not more than
 * what it comes off.
 */
export function readDiscount(draft: DiscountDraft, digits: number): DiscountReading {
  if (draft.kind === 'none') return { ok: true, discount: null };
  const reason = draft.reason.trim().slice(0, 120) || null;
  if (draft.kind === 'percent') {
    const text = draft.value.trim().replace(',', '.').replace(/%$/, '');
    const percent = /^\d+(\.\d{1,2})?$/.test(text) ? Number(text) : Number.NaN;
    if (!(percent > 0 && percent <= 100)) return { ok: false, message: 'Type a percentage between 0.01 and 100.' };
    return { ok: true, discount: { kind: 'percent', bp: Math.round(percent * 100), reason } };
  }
  const amount = parseMoneyInput(draft.value, digits);
  if (amount === undefined || amount < 1) return { ok: false, message: 'Type the amount to take off.' };
  return { ok: true, discount: { kind: 'amount', amount, reason } };
}
