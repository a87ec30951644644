-- Returns look a sale up across the business (GET /api/v1/sync/sales): by its receipt number, by
-- when it was sold and by its customer. Only indexes: no data changes.
CREATE INDEX IF NOT EXISTS "sales_receipt_no" ON "sales" USING btree ("tenant_id", "receipt_no");
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "sales_sold_at" ON "sales" USING btree ("tenant_id", "sold_at");
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "sales_customer" ON "sales" USING btree ("tenant_id", "customer_id");
