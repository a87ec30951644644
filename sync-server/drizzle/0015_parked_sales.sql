-- Parked sales (protocol 3): a cart put aside on one till, pulled by every till of its channel,
-- and resumed or discarded on any of them (once: the status leaves 'parked' for good). A tenant
-- table like the others: row-level security enabled and forced (0008_row_level_security).
CREATE TABLE IF NOT EXISTS "drafts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"channel_id" uuid NOT NULL,
	"label" text NOT NULL,
	"lines" jsonb NOT NULL,
	"cart_discount" jsonb,
	"customer_id" uuid,
	"parked_by" uuid NOT NULL,
	"parked_on" uuid NOT NULL,
	"parked_at" timestamp with time zone NOT NULL,
	"status" text NOT NULL,
	"closed_by" uuid,
	"closed_on" uuid,
	"closed_at" timestamp with time zone,
	"version" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
DO $$ BEGIN
 ALTER TABLE "drafts" ADD CONSTRAINT "drafts_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;
EXCEPTION
 WHEN duplicate_object THEN null;
END $$;
--> statement-breakpoint
DO $$ BEGIN
 ALTER TABLE "drafts" ADD CONSTRAINT "drafts_channel_id_channels_id_fk" FOREIGN KEY ("channel_id") REFERENCES "public"."channels"("id") ON DELETE no action ON UPDATE no action;
EXCEPTION
 WHEN duplicate_object THEN null;
END $$;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "drafts_channel_status" ON "drafts" USING btree ("tenant_id","channel_id","status");
--> statement-breakpoint
SELECT app_protect_tenant_table('drafts');
