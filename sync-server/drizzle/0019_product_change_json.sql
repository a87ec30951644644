-- A fresh till's first pull is the whole catalog, tens of thousands of products. Each product keeps
-- its change as a pull sends it, as JSON text written when the product is written (a trigger), so
-- a pull page reads text instead of building 5,000 JSON objects per request. The same JSON as the
-- record mapper's (sync-server/src/sync/records.ts toProductRecord), where the protocol-2 fields
-- appear only once set; pull-page-json.pg.test.ts holds the two equal.
ALTER TABLE "products" ADD COLUMN "change_json" text;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_product_change_json() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.change_json := json_build_object(
    'entity', 'product', 'id', NEW.id, 'version', NEW.version, 'fields', NEW.fields, 'op', 'put',
    'data', jsonb_build_object(
        'id', NEW.id, 'sku', NEW.sku, 'name', NEW.name, 'brand', NEW.brand, 'categoryId', NEW.category_id, 'volumeMl', NEW.volume_ml,
        'ageRestricted', NEW.age_restricted, 'taxRateBp', NEW.tax_rate_bp, 'active', NEW.active, 'packs', NEW.packs
      ) || jsonb_strip_nulls(jsonb_build_object('taxCategoryId', NEW.tax_category_id, 'depositItemId', NEW.deposit_item_id))
  )::text;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER products_change_json BEFORE INSERT OR UPDATE ON products FOR EACH ROW EXECUTE FUNCTION app_product_change_json();
--> statement-breakpoint
ALTER TABLE products NO FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
UPDATE products SET change_json = NULL;
--> statement-breakpoint
ALTER TABLE products FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "products" ALTER COLUMN "change_json" SET NOT NULL;
