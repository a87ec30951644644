import { z } from 'zod';
import { applied, MutationRejected, type Mutator } from './mutator';

/**
 * What happens at a till's PIN pad, for the organisation's audit log: sign-ins (also the unlock
 * of an idle-locked screen) and wrong PINs, with where they were typed and whether a wrong one
 * locked the person out. They happen offline, so the till keeps them and sends them as one
 * `audit.record` mutation once someone is signed in; the server writes one audit_log row per
 * entry, with the device and the till's time. Nothing is stored on the till.
 */
export const tillAuditKinds = ['till.sign_in', 'till.sign_in_failed'] as const;
export const pinPlaces = ['sign-in', 'lock-screen', 'manager-approval'] as const;

export const tillAuditEntrySchema = z.object({
  entryId: z.uuid(),
  kind: z.enum(tillAuditKinds),
  /** Whose PIN it was (a staff member of the organisation). */
  staffId: z.uuid(),
  where: z.enum(pinPlaces),
  /** The till's clock when it happened. */
  at: z.iso.datetime(),
  /** Set on the wrong PIN that locked the person out on this till. */
  lockedUntil: z.iso.datetime().optional(),
});
export type TillAuditEntry = z.infer<typeof tillAuditEntrySchema>;

export const auditRecordArgsSchema = z.object({ entries: z.array(tillAuditEntrySchema).min(1).max(500) });
export type AuditRecordArgs = z.infer<typeof auditRecordArgsSchema>;

/**
 * Any signed-in staff member may send what their till saw (no capability): it reports, it does
 * not act. Each entry must name a staff member of this organisation.
 */
export const auditRecord: Mutator<AuditRecordArgs> = {
  name: 'audit.record',
  args: auditRecordArgsSchema,
  capability: null,
  reads: (args) => [...new Set(args.entries.map((e) => e.staffId))].map((id) => ({ entity: 'staff' as const, id, lock: false, readOnly: true })),
  async run(tx, args) {
    for (const entry of args.entries) {
      if (!(await tx.get('staff', entry.staffId))) throw new MutationRejected('UNKNOWN_ACTOR', `Staff member ${entry.staffId} has no role in this till's store (removed from it, or never added).`);
    }
    return applied;
  },
};
