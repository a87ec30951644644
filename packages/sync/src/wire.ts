import { z } from 'zod';
import { receiptNumberPartsSchema } from '@tillsafe/domain';
import { MAX_PULL_LIMIT, OLDEST_SUPPORTED_PROTOCOL_VERSION, PROTOCOL_VERSION } from './protocol';

/** Every error body the server sends: a machine code and a sentence for people. */
export const errorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

export const versionVectorSchema = z.record(z.string(), z.int().min(0));
export type VersionVector = z.infer<typeof versionVectorSchema>;

/**
 * Who last wrote a field and when: the writer's device and mutation seq (its "dot", which the
 * version vectors speak of) and its HLC timestamp (which breaks ties between concurrent writes).
 */
export const fieldStampSchema = z.object({ hlc: z.string(), node: z.string(), seq: z.int().min(0) });
export type FieldStamp = z.infer<typeof fieldStampSchema>;

export const mutationSchema = z.object({
  id: z.uuid(),
  seq: z.int().min(1),
  name: z.string().min(1).max(100),
  args: z.unknown(),
  hlc: z.string().min(1).max(200),
  actorId: z.uuid(),
  base: z.record(z.string(), versionVectorSchema).optional(),
});
export type Mutation = z.infer<typeof mutationSchema>;

export const pushRequestSchema = z.object({
  protocolVersion: z.int().min(0),
  deviceId: z.uuid(),
  mutations: z.array(mutationSchema),
});
export type PushRequest = z.infer<typeof pushRequestSchema>;

export const mutationStatuses = ['applied', 'merged', 'duplicate', 'rejected'] as const;
export const mutationResultSchema = z.object({
  id: z.uuid(),
  seq: z.int(),
  status: z.enum(mutationStatuses),
  code: z.string().optional(),
  message: z.string().optional(),
});
export type MutationResult = z.infer<typeof mutationResultSchema>;

export const entityNames = ['channel', 'warehouse', 'category', 'product', 'staff', 'customer', 'tab', 'tabLine', 'sale', 'cashEvent', 'draft'] as const;

/** Entities only a protocol-3 pull carries: older tills could not parse them. */
export const protocol3EntityNames = ['draft'] as const;
export const entityNameSchema = z.enum(entityNames);
export type EntityName = z.infer<typeof entityNameSchema>;

/** Entities a protocol-2 pull adds (selling-records.ts); a protocol-1 pull never carries them. */
export const sellingEntityNames = ['taxCategory', 'depositItem', 'priceList', 'quantityBreak', 'promotion', 'sellingSettings', 'refund', 'loyaltyEntry'] as const;
export const anyEntityNameSchema = z.enum([...entityNames, ...sellingEntityNames]);
export type AnyEntityName = z.infer<typeof anyEntityNameSchema>;

export const changeSchema = z.object({
  entity: entityNameSchema,
  id: z.string(),
  version: versionVectorSchema,
  /** Stamps of each field's last write, so a till merges its pending edits the way the server does. */
  fields: z.record(z.string(), fieldStampSchema).optional(),
  op: z.enum(['put', 'delete']),
  data: z.unknown(),
});
export type Change = z.infer<typeof changeSchema>;

export const pullQuerySchema = z.object({
  cursor: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_PULL_LIMIT).default(1000),
  /** The protocol the till speaks; from 2 the pull also carries the selling entities, from 3 parked sales. Absent: 1. */
  protocolVersion: z.coerce.number().int().min(OLDEST_SUPPORTED_PROTOCOL_VERSION).max(PROTOCOL_VERSION).default(OLDEST_SUPPORTED_PROTOCOL_VERSION),
});

export const pullResponseSchema = z.object({
  cursor: z.string(),
  hasMore: z.boolean(),
  lastSeq: z.int().min(0),
  changes: z.array(changeSchema),
});
export type PullResponse = z.infer<typeof pullResponseSchema>;

/** A till's number in its channel: the `03` in receipt number CC-03-000142. */
export const tillNumberSchema = receiptNumberPartsSchema.shape.till;

/** A protocol-2 pull: the same page, whose changes may also be selling entities. */
export const changeV2Schema = changeSchema.extend({ entity: anyEntityNameSchema });
export type ChangeV2 = z.infer<typeof changeV2Schema>;
export const pullResponseV2Schema = pullResponseSchema.extend({
  changes: z.array(changeV2Schema),
  /**
   * The pulling till's number in its channel, for its receipt numbers: how a till enrolled before
   * till numbers existed learns its own (a till enrolled since has it from enrolment).
   */
  tillNumber: tillNumberSchema.optional(),
  /**
   * How many days of finished business the server sends a till (its TILL_HISTORY_DAYS): sales
   * sold, tabs closed and parked sales taken back or discarded longer ago are not sent, and a
   * till may drop its synced copies of them (an older sale is looked up on the server for a
   * return). Absent from older servers: the till then keeps everything it holds.
   */
  historyDays: z.int().min(1).optional(),
});
export type PullResponseV2 = z.infer<typeof pullResponseV2Schema>;

export const pushResponseSchema = z.object({
  lastSeq: z.int().min(0),
  results: z.array(mutationResultSchema),
  /**
   * The server's current state of the records the rejected mutations of this answer may have
   * written (`delete` where it has none), for the till to store like a pull page and rebase on,
   * so a refused change does not stay on the till (corrections.ts). Scoped like the till's pull
   * (selling entities only for protocol 2). Absent when nothing was rejected; older tills ignore it.
   */
  corrections: z.array(changeV2Schema).optional(),
});
export type PushResponse = z.infer<typeof pushResponseSchema>;

export const enrollRequestSchema = z.object({
  pairingCode: z.string().trim().min(4).max(32),
  name: z.string().trim().min(1).max(80),
});
export type EnrollRequest = z.infer<typeof enrollRequestSchema>;

export const enrollResponseSchema = z.object({
  deviceId: z.uuid(),
  deviceToken: z.string().min(32),
  tenantId: z.uuid(),
  channelId: z.uuid(),
  warehouseId: z.uuid(),
  /** The till's number in its channel, for its receipt numbers (protocol 2). */
  tillNumber: tillNumberSchema,
});
export type EnrollResponse = z.infer<typeof enrollResponseSchema>;

export const healthSchema = z.object({
  status: z.literal('ok'),
  db: z.enum(['pglite', 'postgres']),
  version: z.string(),
});
export type Health = z.infer<typeof healthSchema>;
