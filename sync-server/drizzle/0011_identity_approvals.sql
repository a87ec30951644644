-- Manager approval at the till and till PINs for back-office members (issue 4, items 6 and 8).
-- A cashier's no-sale approved by a manager's PIN records the approver on the cash event, as a
-- sale records the approver of a discount. A member who sets a till PIN gets one staff row per
-- organisation, linked to their account (NULLs are distinct: seeded staff have no account).
ALTER TABLE "cash_events" ADD COLUMN "approver_id" uuid;--> statement-breakpoint
ALTER TABLE "staff" ADD COLUMN "user_id" uuid;--> statement-breakpoint
CREATE UNIQUE INDEX "staff_tenant_user" ON "staff" USING btree ("tenant_id","user_id");
