-- Tenant isolation in depth (DESIGN §6): every tenant table has row-level security enabled AND
-- forced, keyed by `app.tenant_id`, which the server sets per transaction from the authenticated
-- token (db/tenant-scope.ts). The server's queries run as `tillsafe_app`, which is not a superuser
-- and does not bypass RLS; the connecting (migration) user only owns the tables.
-- A few cross-tenant lookups are allowed through narrow per-transaction keys: a device by the hash
-- of its token, a pairing code, a user's own memberships, an invitation by the hash of its token,
-- and the platform administrator's view of businesses awaiting approval.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'tillsafe_app') THEN
    CREATE ROLE tillsafe_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
EXCEPTION WHEN duplicate_object THEN
  -- Another database of the same cluster created it at the same moment.
  NULL;
END $$;
--> statement-breakpoint
DO $$
BEGIN
  EXECUTE format('GRANT tillsafe_app TO %I', current_user);
EXCEPTION WHEN duplicate_object OR invalid_grant_operation THEN
  NULL;
END $$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO tillsafe_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO tillsafe_app;
--> statement-breakpoint
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO tillsafe_app;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_tenant() RETURNS uuid LANGUAGE sql STABLE AS $$
  SELECT nullif(current_setting('app.tenant_id', true), '')::uuid
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_user() RETURNS uuid LANGUAGE sql STABLE AS $$
  SELECT nullif(current_setting('app.user_id', true), '')::uuid
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_key(name text) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT nullif(current_setting('app.' || name, true), '')
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_platform_admin() RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT coalesce(current_setting('app.platform_admin', true), '') = 'on'
$$;
--> statement-breakpoint
-- Plain tenant tables: a row is visible and writable only inside its tenant's transactions.
-- Later migrations protect a new tenant table with `SELECT app_protect_tenant_table('name')`; a
-- test fails for any table with a tenant_id that is not protected.
CREATE OR REPLACE FUNCTION app_protect_tenant_table(t text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
  EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
  EXECUTE format('DROP POLICY IF EXISTS tenant_rows ON %I', t);
  EXECUTE format('CREATE POLICY tenant_rows ON %I USING (tenant_id = app_tenant()) WITH CHECK (tenant_id = app_tenant())', t);
  EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO tillsafe_app', t);
END $$;
--> statement-breakpoint
DO $$
DECLARE t text;
BEGIN
  FOR t IN
    SELECT DISTINCT table_name FROM information_schema.columns
    WHERE table_schema = 'public' AND column_name = 'tenant_id'
      AND table_name NOT IN ('memberships', 'business_profiles', 'business_documents', 'devices', 'pairing_codes', 'invitations', 'audit_log')
  LOOP
    PERFORM app_protect_tenant_table(t);
  END LOOP;
END $$;
--> statement-breakpoint
ALTER TABLE tenants ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE tenants FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_rows ON tenants
  USING (id = app_tenant() OR app_platform_admin() OR id IN (SELECT tenant_id FROM memberships WHERE user_id = app_user()))
  WITH CHECK (id = app_tenant());
--> statement-breakpoint
ALTER TABLE memberships ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE memberships FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_rows ON memberships
  USING (tenant_id = app_tenant() OR user_id = app_user() OR app_platform_admin())
  WITH CHECK (tenant_id = app_tenant());
--> statement-breakpoint
ALTER TABLE business_profiles ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE business_profiles FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_rows ON business_profiles
  USING (tenant_id = app_tenant() OR app_platform_admin() OR tenant_id IN (SELECT tenant_id FROM memberships WHERE user_id = app_user()))
  WITH CHECK (tenant_id = app_tenant() OR app_platform_admin());
--> statement-breakpoint
ALTER TABLE business_documents ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE business_documents FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_rows ON business_documents
  USING (tenant_id = app_tenant() OR app_platform_admin())
  WITH CHECK (tenant_id = app_tenant());
--> statement-breakpoint
ALTER TABLE devices ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE devices FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_rows ON devices
  USING (tenant_id = app_tenant() OR token_hash = app_key('device_token_hash'))
  WITH CHECK (tenant_id = app_tenant());
--> statement-breakpoint
ALTER TABLE pairing_codes ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE pairing_codes FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_rows ON pairing_codes
  USING (tenant_id = app_tenant() OR code = app_key('pairing_code'))
  WITH CHECK (tenant_id = app_tenant());
--> statement-breakpoint
ALTER TABLE invitations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE invitations FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_rows ON invitations
  USING (tenant_id = app_tenant() OR token_hash = app_key('invitation_token_hash'))
  WITH CHECK (tenant_id = app_tenant());
--> statement-breakpoint
-- Platform events (a failed sign-in to an unknown email) carry no tenant; only an admin reads them.
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE audit_log FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_rows ON audit_log
  USING (tenant_id = app_tenant() OR app_platform_admin())
  WITH CHECK (tenant_id IS NULL OR tenant_id = app_tenant() OR app_platform_admin());
