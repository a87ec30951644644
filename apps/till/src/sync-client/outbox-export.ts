import { z } from 'zod';
import { mutationSchema, PROTOCOL_VERSION, saleRecordSchema, type Mutation, type SaleRecord } from '@tillsafe/sync';
import { getMeta } from '../db/meta';
import type { SaleRow } from '../db/rows';
import type { TillDb } from '../db/till-db';

/**
 * The outbox export: everything this till holds that the server has not accepted, in one JSON
 * file a person can keep before signing out or resetting the till. It names the till by its
 * enrolment ids and never carries the device token (the file leaves the device; the token would
 * let anyone holding it push as this till).
 *
 * History of `schemaVersion`:
 * 1 — till ids, pending outbox in seq order, rejections, unacknowledged local sales.
 */
export const OUTBOX_EXPORT_SCHEMA_VERSION = 1;
export const OUTBOX_EXPORT_FORMAT = 'tillsafe-outbox';

export const exportReasons = ['sign-out', 'reset', 'manual'] as const;

export const exportedTillSchema = z.strictObject({
  name: z.string(),
  deviceId: z.uuid(),
  tenantId: z.uuid(),
  channelId: z.uuid(),
  warehouseId: z.uuid(),
});

export const exportedRejectionSchema = z.object({
  id: z.uuid(),
  seq: z.int().min(1),
  code: z.string(),
  message: z.string(),
  mutation: mutationSchema,
  rejectedAt: z.iso.datetime(),
});

export const outboxExportSchema = z.object({
  format: z.literal(OUTBOX_EXPORT_FORMAT),
  schemaVersion: z.literal(OUTBOX_EXPORT_SCHEMA_VERSION),
  protocolVersion: z.int().min(1),
  exportedAt: z.iso.datetime(),
  reason: z.enum(exportReasons),
  /** Who was signed in when the file was made, if anyone. */
  exportedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  till: exportedTillSchema,
  /** Mutations not yet taken by the server, in seq order, exactly as they go on the wire. */
  outbox: z.array(mutationSchema),
  /** Mutations the server refused, with its reason. */
  rejections: z.array(exportedRejectionSchema),
  /** Local sales whose `sale.complete` is still in the outbox or was rejected. */
  unsyncedSales: z.array(saleRecordSchema),
});
export type OutboxExport = z.infer<typeof outboxExportSchema>;
export type ExportReason = (typeof exportReasons)[number];

const saleIdArgsSchema = z.object({ saleId: z.uuid() });

function saleIdOf(mutation: Mutation): string | undefined {
  const parsed = saleIdArgsSchema.safeParse(mutation.args);
  return parsed.success ? parsed.data.saleId : undefined;
}

/**
 * The sale as the protocol knows it, without the till's sync bookkeeping (version, field stamps).
 * A row that no longer parses is left out rather than making the whole file unreadable: the
 * mutation beside it carries everything needed to replay the sale.
 */
function toSaleRecord(row: SaleRow): SaleRecord | undefined {
  const parsed = saleRecordSchema.safeParse(row);
  return parsed.success ? parsed.data : undefined;
}

export interface BuildExportOptions {
  reason: ExportReason;
  exportedBy?: { id: string; name: string } | undefined;
  now?: Date;
}

/** Reads everything unsynced in one read transaction, so the file is one consistent moment. */
export async function buildOutboxExport(db: TillDb, options: BuildExportOptions): Promise<OutboxExport> {
  const now = options.now ?? new Date();
  return db.transaction('r', [db.meta, db.outbox, db.rejections, db.sales], async () => {
    const enrolment = await getMeta(db, 'enrolment');
    if (!enrolment) throw new Error('This till is not paired, so there is nothing to export.');
    const outbox = await db.outbox.orderBy('seq').toArray();
    const rejections = await db.rejections.orderBy('seq').toArray();
    const saleIds = [...new Set([...outbox, ...rejections.map((r) => r.mutation)].map(saleIdOf).filter((id) => id !== undefined))];
    const sales = (await db.sales.bulkGet(saleIds)).filter((sale) => sale !== undefined);
    return {
      format: OUTBOX_EXPORT_FORMAT,
      schemaVersion: OUTBOX_EXPORT_SCHEMA_VERSION,
      protocolVersion: PROTOCOL_VERSION,
      exportedAt: now.toISOString(),
      reason: options.reason,
      exportedBy: options.exportedBy ? { id: options.exportedBy.id, name: options.exportedBy.name } : null,
      // Field by field: the enrolment also holds the device token, which must not leave the till.
      till: {
        name: enrolment.name,
        deviceId: enrolment.deviceId,
        tenantId: enrolment.tenantId,
        channelId: enrolment.channelId,
        warehouseId: enrolment.warehouseId,
      },
      outbox,
      rejections,
      unsyncedSales: sales.map(toSaleRecord).filter((sale) => sale !== undefined),
    };
  });
}

export function serializeOutboxExport(file: OutboxExport): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function parseOutboxExport(text: string): OutboxExport {
  return outboxExportSchema.parse(JSON.parse(text));
}

/** `tillsafe-outbox-front-till-20261120T100000Z.json`: sortable, safe on every file system. */
export function outboxExportFileName(file: Pick<OutboxExport, 'till' | 'exportedAt'>): string {
  const slug =
    file.till.name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || file.till.deviceId.slice(0, 8);
  const stamp = file.exportedAt.replace(/\.\d+Z$/, 'Z').replace(/[-:]/g, '');
  return `tillsafe-outbox-${slug}-${stamp}.json`;
}

/** The mutation ids a file holds (pending and rejected): what a later reset may rely on. */
export function exportedMutationIds(file: Pick<OutboxExport, 'outbox' | 'rejections'>): Set<string> {
  return new Set([...file.outbox.map((m) => m.id), ...file.rejections.map((r) => r.mutation.id)]);
}
