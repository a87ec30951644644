import { can, type Capability } from '@tillsafe/domain';
import type { TillDb } from '../../db/till-db';
import { checkPin, type PinCheck } from '../sign-in/pin-attempts';

export type ApprovalCheck = PinCheck | { kind: 'not-allowed'; message: string };

/**
 * A manager's PIN typed to approve something, checked offline like a sign-in: against the synced
 * row (a role or PIN changed in the back office applies), with the same lockout, and a wrong PIN
 * is kept for the audit as typed at 'manager-approval'. Someone whose role no longer holds the
 * capability is refused before their PIN is checked.
 */
export async function approveWithPin(db: TillDb, approverId: string, pin: string, capability: Capability, now: () => Date = () => new Date()): Promise<ApprovalCheck> {
  const approver = await db.staff.get(approverId);
  if (!approver) return { kind: 'not-allowed', message: 'This person is no longer on this till’s staff list.' };
  if (!can(approver.role, capability)) return { kind: 'not-allowed', message: `${approver.name} may not approve this.` };
  return checkPin(db, approver, pin, 'manager-approval', now);
}
