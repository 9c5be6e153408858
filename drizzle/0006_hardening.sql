ALTER TABLE "organisations" ADD COLUMN "name_key" text;--> statement-breakpoint
ALTER TABLE "rate_limits" ADD COLUMN "blocked_until" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "organisations_name_key_idx" ON "organisations" USING btree ("name_key");--> statement-breakpoint
ALTER TABLE "users" DROP COLUMN "is_cluster_admin";