CREATE TABLE "mutation_resolutions" (
	"device_id" uuid NOT NULL,
	"seq" bigint NOT NULL,
	"tenant_id" uuid NOT NULL,
	"action" text NOT NULL,
	"actor_id" uuid NOT NULL,
	"args" jsonb,
	"status" text NOT NULL,
	"code" text,
	"message" text,
	"resolved_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mutation_resolutions_device_id_seq_pk" PRIMARY KEY("device_id","seq")
);
--> statement-breakpoint
ALTER TABLE "mutation_resolutions" ADD CONSTRAINT "mutation_resolutions_device_id_devices_id_fk" FOREIGN KEY ("device_id") REFERENCES "public"."devices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mutation_resolutions" ADD CONSTRAINT "mutation_resolutions_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;