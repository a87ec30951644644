import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sql } from 'drizzle-orm';
import { uuidv7 } from '@tillsafe/sync';
import { DEMO } from '../seed/demo-organisation';
import { createOtherTenant } from '../testing/other-tenant';
import { DRIVERS, startTestServer, type TestServer } from '../testing/test-server';
import { channels, products } from './schema';
import { APP_ROLE, inScope, scopedDb, withScope } from './tenant-scope';

/** Every table of the public schema that has a `tenant_id` column (or is `tenants` itself). */
async function tenantTables(server: TestServer): Promise<string[]> {
  const rows = await server.database.db.execute(sql`
    select distinct table_name from information_schema.columns
    where table_schema = 'public' and (column_name = 'tenant_id' or table_name = 'tenants')
    order by table_name`);
  return rowsOf<{ table_name: string }>(rows).map((r) => r.table_name);
}

/** What a refused query says (drizzle wraps the database's error as the cause). */
function refusal(query: Promise<unknown>): Promise<string> {
  return query.then(
    () => 'no error',
    (error: unknown) => String((error as { cause?: unknown }).cause ?? error),
  );
}

function rowsOf<T>(result: unknown): T[] {
  return Array.isArray(result) ? (result as T[]) : (result as { rows: T[] }).rows;
}

describe.each(DRIVERS)('row-level security on %s', (kind) => {
  let server: TestServer;
  let other: Awaited<ReturnType<typeof createOtherTenant>>;
  beforeAll(async () => {
    server = await startTestServer(kind);
    other = await createOtherTenant(server.database.db, 'RLS-OTHER');
  });
  afterAll(() => server.close());

  test('the application role is not a superuser and does not bypass row-level security', async () => {
    const [role] = rowsOf<{ rolsuper: boolean; rolbypassrls: boolean; rolcanlogin: boolean }>(
      await server.database.db.execute(sql`select rolsuper, rolbypassrls, rolcanlogin from pg_roles where rolname = ${APP_ROLE}`),
    );
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false, rolcanlogin: false });
    const [who] = rowsOf<{ current_user: string }>(await inScope(server.database.db, {}, (tx) => tx.execute(sql`select current_user`)));
    expect(who!.current_user).toBe(APP_ROLE);
  });

  test('every table with a tenant_id has row-level security enabled and forced, with a policy', async () => {
    const tables = await tenantTables(server);
    expect(tables.length).toBeGreaterThan(20);
    const flags = rowsOf<{ relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean; policies: number }>(
      await server.database.db.execute(sql`
        select c.relname, c.relrowsecurity, c.relforcerowsecurity,
               (select count(*)::int from pg_policy p where p.polrelid = c.oid) as policies
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind = 'r'`),
    );
    const byName = new Map(flags.map((f) => [f.relname, f]));
    for (const table of tables) {
      expect(byName.get(table), table).toMatchObject({ relrowsecurity: true, relforcerowsecurity: true });
      expect(byName.get(table)!.policies, `${table} policies`).toBeGreaterThan(0);
    }
  });

  test('a query run without a tenant setting returns no rows from any tenant table', async () => {
    const tables = await tenantTables(server);
    const counts = await inScope(server.database.db, {}, async (tx) => {
      const out: Record<string, number> = {};
      for (const table of tables) {
        const [row] = rowsOf<{ n: number }>(await tx.execute(sql`select count(*)::int as n from ${sql.identifier(table)}`));
        out[table] = row!.n;
      }
      return out;
    });
    expect(Object.values(counts).every((n) => n === 0), JSON.stringify(counts)).toBe(true);
    // The same tables are not empty: the owner sees the seeded demo.
    const [seeded] = rowsOf<{ n: number }>(await server.database.db.execute(sql`select count(*)::int as n from products`));
    expect(seeded!.n).toBeGreaterThan(0);
  });

  test('in one tenant’s scope another tenant’s rows are invisible and cannot be written or moved', async () => {
    const db = server.database.db;
    const seen = await inScope(db, { tenantId: other.tenantId }, (tx) => tx.select({ id: channels.id, tenantId: channels.tenantId }).from(channels));
    expect(seen).toEqual([{ id: other.channelId, tenantId: other.tenantId }]);
    expect(await inScope(db, { tenantId: other.tenantId }, (tx) => tx.select().from(products))).toEqual([]);

    expect(
      await refusal(
        inScope(db, { tenantId: other.tenantId }, (tx) =>
          tx.insert(channels).values({ id: uuidv7(), tenantId: DEMO.tenant.id, name: 'Planted', kind: 'store', currency: 'USD', locale: 'en-US' }),
        ),
      ),
    ).toMatch(/row-level security/);
    // Updating the other tenant's rows finds nothing to update, and moving one's own row there is refused.
    const updated = await inScope(db, { tenantId: other.tenantId }, (tx) => tx.update(products).set({ name: 'Stolen' }).returning({ id: products.id }));
    expect(updated).toEqual([]);
    expect(
      await refusal(inScope(db, { tenantId: other.tenantId }, (tx) => tx.update(channels).set({ tenantId: DEMO.tenant.id }).returning({ id: channels.id }))),
    ).toMatch(/row-level security/);
    const names = rowsOf<{ name: string }>(await db.execute(sql`select name from products where name = 'Stolen'`));
    expect(names).toEqual([]);
  });

  test('the scoped handle refuses to run outside a scope, and a scope ends with its transaction', async () => {
    const scoped = scopedDb(server.database.db);
    expect(() => scoped.select().from(channels)).toThrow(/outside a tenant scope/);
    const inside = await withScope(server.database.db, { tenantId: DEMO.tenant.id }, () => scoped.select({ id: channels.id }).from(channels));
    expect(inside.length).toBe(2);
    const [after] = rowsOf<{ role: string; tenant: string | null }>(
      await server.database.db.execute(sql`select current_user as role, nullif(current_setting('app.tenant_id', true), '') as tenant`),
    );
    expect(after).toEqual({ role: expect.not.stringMatching(APP_ROLE), tenant: null });
  });
});
