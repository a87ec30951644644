import { and, desc, eq, gte, inArray, isNotNull, lt, or, sql, type SQL } from 'drizzle-orm';
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { auditActions } from '../auth/audit';
import type { AuthServices } from '../auth/auth-services';
import { channelsWithCapability, orgAccess, requireCapability, type OrgEnv } from '../auth/org-access';
import { userAuth } from '../auth/user-auth';
import { auditLog, memberships, users } from '../db/identity-schema';
import { devices, staff } from '../db/schema';
import { ApiError } from '../errors';
import { parseWith } from '../validate';

const PAGE = 50;

const querySchema = z
  .object({
    action: z.enum(auditActions).optional(),
    /** A back-office user's id or a till staff member's id. */
    actor: z.uuid().optional(),
    /** Inclusive lower and exclusive upper bound of the entry's time. */
    from: z.iso.datetime({ offset: true }).optional(),
    to: z.iso.datetime({ offset: true }).optional(),
    /** `nextCursor` of the previous page: entries strictly older than it. */
    cursor: z.string().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(PAGE),
  })
  .refine((q) => q.from === undefined || q.to === undefined || Date.parse(q.from) < Date.parse(q.to), { message: 'from must be before to', path: ['from'] });

/** A page ends at an entry; the next one starts after it in (time, id) order, newest first. */
function encodeCursor(at: Date, id: string): string {
  return Buffer.from(`${at.toISOString()}|${id}`).toString('base64url');
}

function decodeCursor(cursor: string): { at: Date; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  if (!at || !id || Number.isNaN(Date.parse(at)) || !z.uuid().safeParse(id).success) {
    throw new ApiError('VALIDATION_FAILED', 'The cursor is not one this server gave out; start again from the first page.');
  }
  return { at: new Date(at), id };
}

/**
 * The entries someone with `audit.view` in only some channels reads: those that happened in one
 * of them — at a till of the channel (the entry's device), or naming it (the channel as subject:
 * its quick keys, its checkout settings; `channelId` before or after: a role given or taken
 * there, an invitation or a pairing code for it). The rest (sign-ins, the organisation-wide
 * catalog, onboarding, approvals) is for organisation-wide roles.
 */
function inChannels(channelIds: readonly string[]): SQL {
  if (channelIds.length === 0) return sql`false`;
  const lowered = channelIds.map((id) => id.toLowerCase());
  const named = (side: typeof auditLog.after | typeof auditLog.before) => inArray(sql`lower(${side}->>'channelId')`, lowered);
  return or(inArray(devices.channelId, [...channelIds]), inArray(auditLog.subject, lowered), named(auditLog.after), named(auditLog.before))!;
}

/** Throws FORBIDDEN unless the user may read some of the log; the condition for what they may read. */
function visibleEntries(c: Context<OrgEnv>): SQL {
  const where = channelsWithCapability(c.get('org'), 'audit.view');
  if (where === 'all') return eq(auditLog.tenantId, c.get('org').tenantId);
  if (where.length === 0) requireCapability(c, 'audit.view');
  return and(eq(auditLog.tenantId, c.get('org').tenantId), inChannels(where))!;
}

/**
 * `GET /api/v1/organisations/:orgId/audit`: the organisation's audit log, newest first, filtered
 * by action, actor and time, in pages. `GET …/audit/actors`: who appears in it, for the filter.
 * Needs `audit.view`: held organisation-wide (owners, managers of the whole organisation) it reads
 * every entry; held in some channels (a store's manager) it reads those channels' entries only
 * (inChannels). Row-level security keeps every other tenant's entries out whatever the query.
 */
export function auditRoute(services: AuthServices) {
  const { db } = services;
  return new Hono<OrgEnv>()
    .use('/:orgId/*', userAuth(services), orgAccess(services))
    .get('/:orgId/audit', async (c) => {
      const visible = visibleEntries(c);
      const query = parseWith(querySchema, c.req.query(), 'query');
      const where: (SQL | undefined)[] = [visible];
      if (query.action) where.push(eq(auditLog.action, query.action));
      if (query.actor) where.push(or(eq(auditLog.actorUserId, query.actor), eq(auditLog.actorStaffId, query.actor)));
      if (query.from) where.push(gte(auditLog.at, new Date(query.from)));
      if (query.to) where.push(lt(auditLog.at, new Date(query.to)));
      if (query.cursor) {
        const after = decodeCursor(query.cursor);
        where.push(or(lt(auditLog.at, after.at), and(eq(auditLog.at, after.at), lt(auditLog.id, after.id))));
      }
      const rows = await db
        .select({
          id: auditLog.id,
          action: auditLog.action,
          at: auditLog.at,
          subject: auditLog.subject,
          before: auditLog.before,
          after: auditLog.after,
          ip: auditLog.ip,
          userId: users.id,
          userName: users.name,
          userEmail: users.email,
          staffId: staff.id,
          staffName: staff.name,
          deviceId: devices.id,
          deviceName: devices.name,
        })
        .from(auditLog)
        .leftJoin(users, eq(users.id, auditLog.actorUserId))
        .leftJoin(staff, eq(staff.id, auditLog.actorStaffId))
        .leftJoin(devices, eq(devices.id, auditLog.deviceId))
        .where(and(...where))
        .orderBy(desc(auditLog.at), desc(auditLog.id))
        .limit(query.limit + 1);
      const page = rows.slice(0, query.limit);
      const last = page.at(-1);
      return c.json({
        entries: page.map((r) => ({
          id: r.id,
          action: r.action,
          at: r.at.toISOString(),
          actor:
            r.userId !== null
              ? { kind: 'user' as const, id: r.userId, name: r.userName ?? '', email: r.userEmail ?? '' }
              : r.staffId !== null
                ? { kind: 'staff' as const, id: r.staffId, name: r.staffName ?? '' }
                : null,
          device: r.deviceId !== null ? { id: r.deviceId, name: r.deviceName ?? '' } : null,
          subject: r.subject,
          before: r.before,
          after: r.after,
          ip: r.ip,
        })),
        nextCursor: rows.length > query.limit && last ? encodeCursor(last.at, last.id) : null,
      });
    })
    .get('/:orgId/audit/actors', async (c) => {
      const visible = visibleEntries(c);
      const { tenantId } = c.get('org');
      if (channelsWithCapability(c.get('org'), 'audit.view') !== 'all') {
        // Someone who reads a few channels' entries picks among the people who appear in them.
        const rows = await db
          .selectDistinct({ userId: users.id, userName: users.name, staffId: staff.id, staffName: staff.name })
          .from(auditLog)
          .leftJoin(users, eq(users.id, auditLog.actorUserId))
          .leftJoin(staff, eq(staff.id, auditLog.actorStaffId))
          .leftJoin(devices, eq(devices.id, auditLog.deviceId))
          .where(and(visible, or(isNotNull(auditLog.actorUserId), isNotNull(auditLog.actorStaffId))));
        const actors = rows.map((r) => (r.userId !== null ? { id: r.userId, name: r.userName ?? '', kind: 'user' as const } : { id: r.staffId ?? '', name: r.staffName ?? '', kind: 'staff' as const }));
        return c.json({ actors: actors.sort((a, b) => a.name.localeCompare(b.name)) });
      }
      const [people, tillStaff] = await Promise.all([
        db.selectDistinct({ id: users.id, name: users.name }).from(memberships).innerJoin(users, eq(users.id, memberships.userId)).where(eq(memberships.tenantId, tenantId)),
        db.select({ id: staff.id, name: staff.name }).from(staff).where(eq(staff.tenantId, tenantId)),
      ]);
      const actors = [...people.map((p) => ({ ...p, kind: 'user' as const })), ...tillStaff.map((s) => ({ ...s, kind: 'staff' as const }))];
      return c.json({ actors: actors.sort((a, b) => a.name.localeCompare(b.name)) });
    });
}
