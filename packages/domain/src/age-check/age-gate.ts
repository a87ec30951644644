import type { AgeCheck } from './age-check-record';
import { checkAge } from './check-age';
import { localDateOf } from './local-date';

/**
 * A cart with an age-restricted item needs an age check before it can be paid. The till asks
 * for one; the server, re-running the sale, asks the same question of the check recorded on it.
 * A product the caller cannot find is treated as restricted: the check is asked for rather than
 * skipped. An under-age result blocks the restricted lines only — the rest of the cart may sell.
 */
export interface AgeGateLine {
  lineId: string;
  productId: string;
}

export interface AgeGateProduct {
  id: string;
  ageRestricted: boolean;
}

/** The lines that sell something age-restricted, in cart order. */
export function restrictedLineIds(lines: readonly AgeGateLine[], products: readonly AgeGateProduct[]): string[] {
  const restricted = new Map(products.map((p) => [p.id, p.ageRestricted]));
  return lines.filter((line) => restricted.get(line.productId) ?? true).map((line) => line.lineId);
}

export function needsAgeCheck(lines: readonly AgeGateLine[], products: readonly AgeGateProduct[]): boolean {
  return restrictedLineIds(lines, products).length > 0;
}

export type AgeGateFailure =
  | { code: 'AGE_CHECK_REQUIRED'; message: string; blockedLineIds: string[] }
  | { code: 'UNDER_AGE' | 'INVALID_DATE' | 'DATE_OF_BIRTH_IN_FUTURE'; message: string; blockedLineIds: string[] };

export type AgeGateOutcome = { ok: true; checked: boolean } | { ok: false; error: AgeGateFailure };

/**
 * Whether the cart may be paid as it stands: no restricted line, or a check that passes at the
 * store's date of the check. A visual check passes on the cashier's word (the record says who);
 * any date of birth recorded is checked, whatever the method.
 */
export function ageGate(lines: readonly AgeGateLine[], products: readonly AgeGateProduct[], check: AgeCheck | null, minimumAge: number): AgeGateOutcome {
  const blockedLineIds = restrictedLineIds(lines, products);
  if (blockedLineIds.length === 0) return { ok: true, checked: false };
  if (check === null) {
    return { ok: false, error: { code: 'AGE_CHECK_REQUIRED', message: `${blockedLineIds.length} item(s) need an age check before payment.`, blockedLineIds } };
  }
  if (check.dateOfBirth === undefined) {
    if (check.method === 'visual_over_threshold') return { ok: true, checked: true };
    return { ok: false, error: { code: 'AGE_CHECK_REQUIRED', message: `An ${check.method === 'id_scanned' ? 'ID scan' : 'entered check'} needs the date of birth.`, blockedLineIds } };
  }
  const outcome = checkAge(check.dateOfBirth, localDateOf(check.at), minimumAge);
  if (outcome.ok) return { ok: true, checked: true };
  return { ok: false, error: { code: outcome.error.code, message: outcome.error.message, blockedLineIds } };
}
