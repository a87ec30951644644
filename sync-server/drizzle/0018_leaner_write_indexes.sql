-- Every push writes its sales and its mutation log rows through these indexes. Most sales have no
-- customer, and nearly every logged mutation is applied, so each index keeps only the rows a
-- lookup can want: sales of a customer (returns, GET /api/v1/sync/sales), and the mutations that
-- wait for a person. Only indexes: no data changes.
DROP INDEX IF EXISTS "sales_customer";
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "sales_customer" ON "sales" USING btree ("tenant_id","customer_id") WHERE "customer_id" is not null;
--> statement-breakpoint
DROP INDEX IF EXISTS "mutation_log_tenant_status";
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "mutation_log_tenant_unapplied" ON "mutation_log" USING btree ("tenant_id","status") WHERE "status" <> 'applied';
