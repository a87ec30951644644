import { z } from 'zod';
import { auditRecordArgsSchema, type Mutation, type MutationResult } from '@tillsafe/sync';
import type { AuditEntry } from '../auth/audit';
import type { DeviceIdentity } from '../auth/device-auth';

const saleApproval = z.object({ saleId: z.uuid(), receiptNo: z.string().optional(), approverId: z.uuid().nullable().optional() });
const noSale = z.object({ eventId: z.uuid(), kind: z.literal('no_sale'), note: z.string().optional(), approverId: z.uuid().nullable().optional() });
const refund = z.object({ refundId: z.uuid(), saleId: z.uuid(), withReceipt: z.boolean(), to: z.string(), approverId: z.uuid().nullable().optional() });

/**
 * The audit entries a pushed batch leaves (issue 4, item 8), written in the push's transaction
 * with its effects: what the till's PIN pad saw (`audit.record`), a discount a manager approved,
 * a no-sale drawer opening and a refund. Only mutations applied now count: a duplicate was
 * audited the first time, a rejected one changed nothing (the mutation log keeps it).
 */
export function auditOfPush(device: DeviceIdentity, processed: readonly { mutation: Mutation; result: MutationResult }[], nowMs: number): AuditEntry[] {
  const base = { tenantId: device.tenantId, deviceId: device.deviceId };
  return processed.flatMap(({ mutation, result }): AuditEntry[] => {
    if (result.status !== 'applied') return [];
    const { name, args, actorId } = mutation;
    if (name === 'audit.record') {
      const parsed = auditRecordArgsSchema.safeParse(args);
      if (!parsed.success) return [];
      return parsed.data.entries.map((entry) => ({
        ...base,
        action: entry.kind,
        actorStaffId: entry.staffId,
        subject: entry.where,
        after: { where: entry.where, ...(entry.lockedUntil ? { lockedUntil: entry.lockedUntil } : {}), reportedBy: actorId, receivedAt: new Date(nowMs).toISOString() },
        at: Date.parse(entry.at),
      }));
    }
    if (name === 'sale.complete') {
      const parsed = saleApproval.safeParse(args);
      if (!parsed.success || !parsed.data.approverId) return [];
      return [{ ...base, action: 'sale.discount_approved', actorStaffId: actorId, subject: parsed.data.receiptNo ?? parsed.data.saleId, after: { saleId: parsed.data.saleId, approverId: parsed.data.approverId }, at: nowMs }];
    }
    if (name === 'cash.event') {
      const parsed = noSale.safeParse(args);
      if (!parsed.success) return [];
      const { eventId, note, approverId } = parsed.data;
      return [{ ...base, action: 'drawer.no_sale', actorStaffId: actorId, subject: eventId, after: { note: note ?? '', approverId: approverId ?? null }, at: nowMs }];
    }
    if (name === 'refund.create') {
      const parsed = refund.safeParse(args);
      if (!parsed.success) return [];
      const { refundId, saleId, withReceipt, to, approverId } = parsed.data;
      return [{ ...base, action: 'refund.created', actorStaffId: actorId, subject: refundId, after: { saleId, withReceipt, to, approverId: approverId ?? null }, at: nowMs }];
    }
    return [];
  });
}
