import {
  ageCheckSchema,
  ageGate,
  checkAge,
  localDateOf,
  parseAamvaDateOfBirth,
  restrictedLineIds,
  type AgeCheck,
  type AgeGateProduct,
} from '@tillsafe/domain';
import { parseTypedDate, type DateFormat } from './date-entry';

/**
 * The age check before payment, as a pure decision: from a typed date of birth, a scanned ID
 * (the AAMVA PDF417 text a keyboard-wedge scanner types) or the cashier's visual judgement to
 * the domain's AgeCheck record — or to the lines an under-age customer may not buy. The rule is
 * the domain's `ageGate`, the same the server runs on the recorded check; the check's instant
 * carries the store's UTC offset, so the store's date decides a birthday.
 */
export interface AgeCheckLine {
  lineId: string;
  productId: string;
  name: string;
  /** The pack and anything else that tells two lines apart ("Bottle 700 ml"). */
  detail?: string;
  qty: number;
}

export interface AgeCheckSetup {
  lines: readonly AgeCheckLine[];
  /** Whether each product is age-restricted; a product missing here counts as restricted. */
  products: readonly AgeGateProduct[];
  /** The channel's minimum age (selling settings). */
  minimumAge: number;
  /** The staff member checking (the signed-in actor). */
  cashierId: string;
  /**
   * A "Challenge 25" style policy: a customer who plainly looks over this age may be served
   * without ID, recorded as a visual check. null: every check needs a date of birth.
   */
  challengeAge: number | null;
}

export type AgeCheckInput = { method: 'dob_entered'; typed: string; format: DateFormat } | { method: 'id_scanned'; scanned: string } | { method: 'visual_over_threshold' };

export type AgeCheckDecision =
  /** `age` is null for a visual check (no date of birth is kept). */
  | { kind: 'passed'; check: AgeCheck; age: number | null }
  | { kind: 'under_age'; dateOfBirth: string; age: number; oldEnoughOn: string; blocked: AgeCheckLine[]; message: string }
  | { kind: 'invalid'; code: string; message: string };

/** The lines of the cart that need the check, in cart order. */
export function restrictedLines(setup: Pick<AgeCheckSetup, 'lines' | 'products'>): AgeCheckLine[] {
  const ids = new Set(restrictedLineIds(setup.lines, setup.products));
  return setup.lines.filter((line) => ids.has(line.lineId));
}

/**
 * @param at the instant of the check with the store's UTC offset (`localInstant(new Date())`)
 */
export function decideAgeCheck(setup: AgeCheckSetup, input: AgeCheckInput, at: string): AgeCheckDecision {
  let dateOfBirth: string | undefined;
  switch (input.method) {
    case 'dob_entered': {
      const typed = parseTypedDate(input.typed, input.format);
      if (!typed.ok) return { kind: 'invalid', ...typed.error };
      dateOfBirth = typed.date;
      break;
    }
    case 'id_scanned': {
      const scanned = parseAamvaDateOfBirth(input.scanned);
      if (!scanned.ok) return { kind: 'invalid', ...scanned.error };
      dateOfBirth = scanned.value.dateOfBirth;
      break;
    }
    case 'visual_over_threshold':
      if (setup.challengeAge === null) return { kind: 'invalid', code: 'VISUAL_CHECK_NOT_ALLOWED', message: 'This store checks a date of birth for every restricted sale.' };
  }
  const record = ageCheckSchema.safeParse({ method: input.method, ...(dateOfBirth ? { dateOfBirth } : {}), verifiedBy: setup.cashierId, at });
  if (!record.success) return { kind: 'invalid', code: 'INVALID_CHECK', message: record.error.issues[0]?.message ?? 'The check cannot be recorded.' };
  const check = record.data;
  const today = localDateOf(at);
  const age = dateOfBirth ? checkAge(dateOfBirth, today, setup.minimumAge) : null;
  if (age && !age.ok && age.error.code === 'UNDER_AGE') {
    return {
      kind: 'under_age',
      dateOfBirth: dateOfBirth!,
      age: age.error.age,
      oldEnoughOn: age.error.oldEnoughOn,
      blocked: restrictedLines(setup),
      message: age.error.message,
    };
  }
  if (age && !age.ok) return { kind: 'invalid', code: age.error.code, message: age.error.message };
  // The same gate the server runs on the recorded check: what passes here passes there.
  const gate = ageGate(setup.lines, setup.products, check, setup.minimumAge);
  if (!gate.ok) return { kind: 'invalid', code: gate.error.code, message: gate.error.message };
  return { kind: 'passed', check, age: age?.ok ? age.age : null };
}
