-- Checkout settings per channel, with its selling settings and pulled by its tills (protocol 2):
-- the mobile-money providers the cashier picks from, whether a visual "clearly over" age check is
-- allowed, and its challenge age (null: 25, or four years over a minimum age above 21).
ALTER TABLE "selling_settings" ADD COLUMN "mobile_money_providers" jsonb DEFAULT '["M-Pesa","MTN MoMo","Airtel Money"]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "selling_settings" ADD COLUMN "visual_check" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "selling_settings" ADD COLUMN "challenge_age" integer;--> statement-breakpoint
ALTER TABLE "selling_settings" ADD CONSTRAINT "selling_settings_challenge_age" CHECK ("challenge_age" between 1 and 99);
