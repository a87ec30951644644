-- Receipt numbers people read and type, CC-03-000142 (packages/domain receipts/receipt-number.ts):
-- the channel's short code, the till's number in its channel and the till's own sequence. So each
-- channel gets a code and each till a number. Existing rows are numbered here; new channels get a
-- code from a trigger (an insert that leaves `code` at its '' default), new tills a number at
-- enrolment (auth/enroll.ts). Neither ever changes, so a receipt number stays unique for good.
--
-- RLS is forced on both tables, also for their owner (0008): the backfill lifts it for its own
-- statements and forces it again.
ALTER TABLE "channels" ADD COLUMN "code" text DEFAULT '' NOT NULL;
--> statement-breakpoint
ALTER TABLE "devices" ADD COLUMN "till_number" integer;
--> statement-breakpoint
-- A channel's code: the initials of the first three words of its name ("Corner Cellar" → CC), or
-- the first two letters of a one-word name; a code the tenant already uses gets a number in place
-- of its last letters (CC2, C10), so it stays 2 to 4 capital letters or digits.
CREATE OR REPLACE FUNCTION app_channel_code(p_tenant uuid, p_name text, p_id uuid) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  words text[] := array_remove(regexp_split_to_array(upper(p_name), '[^A-Z0-9]+'), '');
  base text;
  candidate text;
  n int := 1;
BEGIN
  SELECT coalesce(string_agg(left(w.word, 1), '' ORDER BY w.i), '') INTO base FROM unnest(words[1:3]) WITH ORDINALITY AS w(word, i);
  IF length(base) < 2 THEN base := left(array_to_string(words, ''), 2); END IF;
  IF length(base) < 2 THEN base := rpad(base, 2, 'X'); END IF;
  candidate := base;
  WHILE EXISTS (SELECT 1 FROM channels WHERE tenant_id = p_tenant AND code = candidate AND id <> p_id) LOOP
    n := n + 1;
    candidate := left(base, 4 - length(n::text)) || n::text;
  END LOOP;
  RETURN candidate;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_assign_channel_code() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.code IS NULL OR NEW.code = '' THEN
    -- Two channels of one tenant created at once must not pick the same code.
    PERFORM pg_advisory_xact_lock(hashtextextended('channel-code:' || NEW.tenant_id::text, 0));
    NEW.code := app_channel_code(NEW.tenant_id, NEW.name, NEW.id);
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER channels_assign_code BEFORE INSERT ON channels FOR EACH ROW EXECUTE FUNCTION app_assign_channel_code();
--> statement-breakpoint
ALTER TABLE channels NO FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE devices NO FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
DO $$
DECLARE c record;
BEGIN
  -- One at a time, oldest first, so each sees the codes given before it.
  FOR c IN SELECT id, tenant_id, name FROM channels ORDER BY tenant_id, id LOOP
    UPDATE channels SET code = app_channel_code(c.tenant_id, c.name, c.id) WHERE id = c.id;
  END LOOP;
END $$;
--> statement-breakpoint
UPDATE devices SET till_number = numbered.n
FROM (SELECT id, row_number() OVER (PARTITION BY channel_id ORDER BY enrolled_at, id) AS n FROM devices) AS numbered
WHERE devices.id = numbered.id;
--> statement-breakpoint
ALTER TABLE channels FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE devices FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "devices" ALTER COLUMN "till_number" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "channels" ADD CONSTRAINT "channels_code_format" CHECK (code ~ '^[A-Z0-9]{2,4}$');
--> statement-breakpoint
CREATE UNIQUE INDEX "channels_tenant_code" ON "channels" USING btree ("tenant_id","code");
--> statement-breakpoint
CREATE UNIQUE INDEX "devices_channel_till_number" ON "devices" USING btree ("channel_id","till_number");
