-- Quick keys: each channel's ordered list of products (and optional packs) the till shows as
-- buttons, kept with the channel's selling settings and pulled by its tills (protocol 2).
ALTER TABLE "selling_settings" ADD COLUMN "quick_keys" jsonb DEFAULT '[]'::jsonb NOT NULL;
