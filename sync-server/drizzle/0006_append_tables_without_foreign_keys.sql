-- The push path's append-only tables lose their foreign keys: every id they hold is checked by
-- the push transaction itself (see src/db/schema.ts), and the checks cost about 40% of a batch's
-- database time.
ALTER TABLE "change_index" DROP CONSTRAINT "change_index_tenant_id_tenants_id_fk";
--> statement-breakpoint
ALTER TABLE "mutation_log" DROP CONSTRAINT "mutation_log_device_id_devices_id_fk";
--> statement-breakpoint
ALTER TABLE "mutation_log" DROP CONSTRAINT "mutation_log_tenant_id_tenants_id_fk";
--> statement-breakpoint
ALTER TABLE "sales" DROP CONSTRAINT "sales_tenant_id_tenants_id_fk";
--> statement-breakpoint
ALTER TABLE "sales" DROP CONSTRAINT "sales_channel_id_channels_id_fk";
--> statement-breakpoint
ALTER TABLE "sales" DROP CONSTRAINT "sales_warehouse_id_warehouses_id_fk";
--> statement-breakpoint
ALTER TABLE "sales" DROP CONSTRAINT "sales_device_id_devices_id_fk";
--> statement-breakpoint
ALTER TABLE "stock_movements" DROP CONSTRAINT "stock_movements_tenant_id_tenants_id_fk";
--> statement-breakpoint
ALTER TABLE "stock_movements" DROP CONSTRAINT "stock_movements_warehouse_id_warehouses_id_fk";
--> statement-breakpoint
ALTER TABLE "stock_movements" DROP CONSTRAINT "stock_movements_product_id_products_id_fk";
