import { z } from 'zod';
import { enrollResponseSchema } from '@tillsafe/sync';
import type { TillDb } from './till-db';

/** How this till was enrolled: issued once by the server, kept until the till is reset. */
export const enrolmentSchema = enrollResponseSchema.extend({ name: z.string().min(1) });
export type Enrolment = z.infer<typeof enrolmentSchema>;

/** The staff member signed in at this till; survives a reload, also offline. */
export const sessionSchema = z.object({ staffId: z.uuid(), signedInAt: z.iso.datetime() });
export type Session = z.infer<typeof sessionSchema>;

const hlcStateSchema = z.object({ wall: z.int().min(0), counter: z.int().min(0), node: z.string().min(1) });

/** Every key of the `meta` table with the schema its value is parsed with on the way out. */
const metaSchemas = {
  enrolment: enrolmentSchema,
  session: sessionSchema,
  /** Opaque server position: the next pull resumes after it. */
  pullCursor: z.string(),
  /** The seq the next outbox entry gets (contiguous per device, from 1). */
  nextSeq: z.int().min(1),
  hlc: hlcStateSchema,
  /** The last receipt number issued on this till. */
  receiptCounter: z.int().min(0),
  lastSyncAt: z.iso.datetime(),
} as const;

export type MetaKey = keyof typeof metaSchemas;
export type MetaValue<K extends MetaKey> = z.infer<(typeof metaSchemas)[K]>;

/** Reads a meta value; a missing or unreadable value reads as undefined. */
export async function getMeta<K extends MetaKey>(db: TillDb, key: K): Promise<MetaValue<K> | undefined> {
  const row = await db.meta.get(key);
  if (!row) return undefined;
  const parsed = metaSchemas[key].safeParse(row.value);
  return parsed.success ? (parsed.data as MetaValue<K>) : undefined;
}

/** Reads several meta values with one request; each missing or unreadable one reads as undefined. */
export async function getMetas<const K extends readonly MetaKey[]>(db: TillDb, keys: K): Promise<{ [I in keyof K]: MetaValue<K[I]> | undefined }> {
  const rows = await db.meta.bulkGet([...keys]);
  return keys.map((key, i) => {
    const row = rows[i];
    const parsed = row ? metaSchemas[key].safeParse(row.value) : undefined;
    return parsed?.success ? parsed.data : undefined;
  }) as { [I in keyof K]: MetaValue<K[I]> | undefined };
}

export async function setMeta<K extends MetaKey>(db: TillDb, key: K, value: MetaValue<K>): Promise<void> {
  await db.meta.put({ key, value });
}

export async function deleteMeta(db: TillDb, key: MetaKey): Promise<void> {
  await db.meta.delete(key);
}
