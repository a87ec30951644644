import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/database';
import { serverSecrets } from '../db/identity-schema';
import { withScope } from '../db/tenant-scope';

const NAME = 'access_token_key';

/**
 * The key access tokens are signed with: `AUTH_SECRET` when set, otherwise a random key made on
 * the first start and kept in the database, so every replica signs and checks with the same one.
 */
export function signingKey(db: Db, fromEnv: string | undefined): () => Promise<string> {
  let key: Promise<string> | undefined;
  return () => {
    key ??= fromEnv ? Promise.resolve(fromEnv) : withScope(db, {}, () => loadOrCreate(db));
    // A failed load is retried by the next request rather than remembered.
    key.catch(() => (key = undefined));
    return key;
  };
}

async function loadOrCreate(db: Db): Promise<string> {
  await db
    .insert(serverSecrets)
    .values({ name: NAME, value: randomBytes(32).toString('base64url') })
    .onConflictDoNothing();
  const [row] = await db.select().from(serverSecrets).where(eq(serverSecrets.name, NAME));
  if (!row) throw new Error('the access-token key could not be stored');
  return row.value;
}
