import { z } from 'zod';
import { enrollResponseSchema, tillAuditEntrySchema, tillNumberSchema } from '@tillsafe/sync';
import type { TillTables } from './till-tables';

/**
 * How this till was enrolled: issued once by the server, kept until the till is reset. A till
 * enrolled before till numbers existed has none until its first protocol-2 pull brings it.
 */
export const enrolmentSchema = enrollResponseSchema.extend({ name: z.string().min(1), tillNumber: tillNumberSchema.optional() });
export type Enrolment = z.infer<typeof enrolmentSchema>;

/** The staff member signed in at this till; survives a reload, also offline. */
export const sessionSchema = z.object({ staffId: z.uuid(), signedInAt: z.iso.datetime() });
export type Session = z.infer<typeof sessionSchema>;

/**
 * Wrong PINs in a row per staff member on this till, and until when the member is locked out
 * (see features/sign-in/pin-lockout.ts). Kept in meta so a reload does not reset the count.
 */
export const pinLockoutSchema = z.object({ failures: z.int().min(0), lockedUntil: z.iso.datetime().optional() });
export type PinLockout = z.infer<typeof pinLockoutSchema>;
export const pinLockoutsSchema = z.record(z.string(), pinLockoutSchema);
export type PinLockouts = z.infer<typeof pinLockoutsSchema>;

/** One wrong PIN typed at this till, kept for a later back-office audit. */
export const wrongPinAttemptSchema = z.object({
  staffId: z.uuid(),
  at: z.iso.datetime(),
  where: z.enum(['sign-in', 'lock-screen', 'manager-approval']),
  /** Set when this attempt locked the staff member out. */
  lockedUntil: z.iso.datetime().optional(),
});
export type WrongPinAttempt = z.infer<typeof wrongPinAttemptSchema>;

/** The till locked itself (idle) over this staff member's session; survives a reload. */
export const screenLockSchema = z.object({ staffId: z.uuid(), lockedAt: z.iso.datetime() });
export type ScreenLock = z.infer<typeof screenLockSchema>;

/** This till locks itself after this many minutes without a touch, click or key. */
export const idleLockMinutesSchema = z.int().min(1).max(60);

const hlcStateSchema = z.object({ wall: z.int().min(0), counter: z.int().min(0), node: z.string().min(1) });

/** Every key of the `meta` table with the schema its value is parsed with on the way out. */
const metaSchemas = {
  enrolment: enrolmentSchema,
  session: sessionSchema,
  /** Opaque server position: the next pull resumes after it. */
  pullCursor: z.string(),
  /**
   * The protocol version `pullCursor` was pulled with. A pull of an older protocol skipped what a
   * newer one brings (protocol 1: the selling records), so its cursor is not carried over.
   */
  pullProtocol: z.int().min(1),
  /** The seq the next outbox entry gets (contiguous per device, from 1). */
  nextSeq: z.int().min(1),
  hlc: hlcStateSchema,
  /** The last receipt number issued on this till. */
  receiptCounter: z.int().min(0),
  lastSyncAt: z.iso.datetime(),
  pinLockouts: pinLockoutsSchema,
  /** Oldest first; capped (features/sign-in/pin-attempts.ts) until they sync to the back office. */
  wrongPinAttempts: z.array(wrongPinAttemptSchema),
  /** Sign-ins and wrong PINs waiting to be sent as `audit.record` (features/sign-in/pin-audit.ts). */
  pinAudit: z.array(tillAuditEntrySchema),
  screenLock: screenLockSchema,
  idleLockMinutes: idleLockMinutesSchema,
  /**
   * How many days of finished business the server sends this till, as its last pull page said
   * (absent: an older server, and the till keeps all it holds). What is older is dropped by
   * db/prune-history.ts.
   */
  historyDays: z.int().min(1),
  /** When db/prune-history.ts last dropped old finished business: it runs once a day at most. */
  historyPrunedAt: z.iso.datetime(),
} as const;

export type MetaKey = keyof typeof metaSchemas;
export type MetaValue<K extends MetaKey> = z.infer<(typeof metaSchemas)[K]>;

/** Reads a meta value; a missing or unreadable value reads as undefined. */
export async function getMeta<K extends MetaKey>(db: TillTables, key: K): Promise<MetaValue<K> | undefined> {
  const row = await db.meta.get(key);
  if (!row) return undefined;
  const parsed = metaSchemas[key].safeParse(row.value);
  return parsed.success ? (parsed.data as MetaValue<K>) : undefined;
}

/**
 * Reads several meta values; each missing or unreadable one reads as undefined. The meta table is
 * a dozen small rows, so this reads them all with ONE request rather than one per key: a sale's
 * commit waits for every request it makes, each answered in a task of its own.
 */
export async function getMetas<const K extends readonly MetaKey[]>(db: TillTables, keys: K): Promise<{ [I in keyof K]: MetaValue<K[I]> | undefined }> {
  const rows = new Map((await db.meta.toArray()).map((row) => [row.key, row]));
  return keys.map((key) => {
    const row = rows.get(key);
    const parsed = row ? metaSchemas[key].safeParse(row.value) : undefined;
    return parsed?.success ? parsed.data : undefined;
  }) as { [I in keyof K]: MetaValue<K[I]> | undefined };
}

export async function setMeta<K extends MetaKey>(db: TillTables, key: K, value: MetaValue<K>): Promise<void> {
  await db.meta.put(metaRow(key, value));
}

/** A meta row, for writing several in one request (`db.meta.bulkPut`). */
export function metaRow<K extends MetaKey>(key: K, value: MetaValue<K>): { key: K; value: MetaValue<K> } {
  return { key, value };
}

export async function deleteMeta(db: TillTables, key: MetaKey): Promise<void> {
  await db.meta.delete(key);
}
