CREATE TABLE "deposit_items" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"name" text NOT NULL,
	"amount" bigint NOT NULL,
	"tax_category_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "loyalty_ledger" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"sale_id" uuid,
	"kind" text NOT NULL,
	"points" bigint NOT NULL,
	"reverses_id" uuid,
	"reversed_kind" text,
	"reason" text,
	"actor_id" uuid,
	"at" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "price_lists" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"customer_id" uuid,
	"currency" text NOT NULL,
	"valid_from" text,
	"valid_to" text,
	"entries" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "promotions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"rule" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "quantity_breaks" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"rule" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "refunds" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"sale_id" uuid NOT NULL,
	"channel_id" uuid NOT NULL,
	"device_id" uuid NOT NULL,
	"actor_id" uuid NOT NULL,
	"lines" jsonb NOT NULL,
	"tenders" jsonb NOT NULL,
	"total" bigint NOT NULL,
	"with_receipt" boolean NOT NULL,
	"at" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sale_payments" (
	"sale_id" uuid NOT NULL,
	"idx" integer NOT NULL,
	"tenant_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"amount" bigint NOT NULL,
	"points" bigint,
	"reference" text,
	CONSTRAINT "sale_payments_sale_id_idx_pk" PRIMARY KEY("sale_id","idx")
);
--> statement-breakpoint
CREATE TABLE "selling_settings" (
	"channel_id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"pricing" jsonb NOT NULL,
	"cash_rounding" jsonb,
	"minimum_age" integer NOT NULL,
	"loyalty" jsonb,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "tax_category_id" uuid;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "deposit_item_id" uuid;--> statement-breakpoint
ALTER TABLE "sales" ADD COLUMN "customer_id" uuid;--> statement-breakpoint
ALTER TABLE "sales" ADD COLUMN "payments" jsonb;--> statement-breakpoint
ALTER TABLE "sales" ADD COLUMN "priced" jsonb;--> statement-breakpoint
ALTER TABLE "sales" ADD COLUMN "settlement" jsonb;--> statement-breakpoint
ALTER TABLE "sales" ADD COLUMN "age_check" jsonb;--> statement-breakpoint
ALTER TABLE "sales" ADD COLUMN "approver_id" uuid;--> statement-breakpoint
ALTER TABLE "sales" ADD COLUMN "loyalty_earned" integer;--> statement-breakpoint
ALTER TABLE "sales" ADD COLUMN "loyalty_redeemed" integer;--> statement-breakpoint
ALTER TABLE "deposit_items" ADD CONSTRAINT "deposit_items_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "price_lists" ADD CONSTRAINT "price_lists_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "promotions" ADD CONSTRAINT "promotions_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quantity_breaks" ADD CONSTRAINT "quantity_breaks_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selling_settings" ADD CONSTRAINT "selling_settings_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "loyalty_ledger_customer" ON "loyalty_ledger" USING btree ("tenant_id","customer_id");--> statement-breakpoint
CREATE INDEX "price_lists_tenant_customer" ON "price_lists" USING btree ("tenant_id","customer_id");--> statement-breakpoint
CREATE INDEX "refunds_sale" ON "refunds" USING btree ("tenant_id","sale_id");--> statement-breakpoint
CREATE INDEX "sale_payments_tenant_kind" ON "sale_payments" USING btree ("tenant_id","kind");