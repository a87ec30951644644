import { z } from 'zod';

/** One entry of GET /organisations/:orgId/audit (docs/api.md). */
export const auditEntrySchema = z.object({
  id: z.string(),
  action: z.string(),
  at: z.string(),
  actor: z
    .discriminatedUnion('kind', [
      z.object({ kind: z.literal('user'), id: z.string(), name: z.string(), email: z.string() }),
      z.object({ kind: z.literal('staff'), id: z.string(), name: z.string() }),
    ])
    .nullable(),
  device: z.object({ id: z.string(), name: z.string() }).nullable(),
  subject: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  ip: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditPageSchema = z.object({ entries: z.array(auditEntrySchema), nextCursor: z.string().nullable() });
export type AuditPage = z.infer<typeof auditPageSchema>;

export const auditActorSchema = z.object({ id: z.string(), name: z.string(), kind: z.enum(['user', 'staff']) });
export type AuditActor = z.infer<typeof auditActorSchema>;

export interface AuditFilters {
  action: string;
  actor: string;
  /** Local dates, YYYY-MM-DD, both inclusive; '' for no bound. */
  from: string;
  to: string;
}
