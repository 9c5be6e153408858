ALTER TYPE "public"."notification_kind" ADD VALUE 'demand_alert';--> statement-breakpoint
CREATE TABLE "need_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"opportunity_id" uuid NOT NULL,
	"offering_id" uuid NOT NULL,
	"provider_id" uuid NOT NULL,
	"responded_by" uuid,
	"message" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "need_responses_message_length" CHECK (length("need_responses"."message") <= 1000)
);
--> statement-breakpoint
CREATE TABLE "demand_alerts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"concept_uri" text NOT NULL,
	"concept_kind" text NOT NULL,
	"threshold" integer NOT NULL,
	"above" boolean DEFAULT false NOT NULL,
	"positions" integer,
	"checked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "demand_alerts_concept_kind" CHECK ("demand_alerts"."concept_kind" in ('skill', 'group')),
	CONSTRAINT "demand_alerts_threshold_range" CHECK ("demand_alerts"."threshold" between 5 and 100000)
);
--> statement-breakpoint
DROP INDEX "profile_skills_skill_idx";--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "demand_alert_id" uuid;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "positions" integer;--> statement-breakpoint
ALTER TABLE "need_responses" ADD CONSTRAINT "need_responses_opportunity_id_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "public"."opportunities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_responses" ADD CONSTRAINT "need_responses_offering_id_offerings_id_fk" FOREIGN KEY ("offering_id") REFERENCES "public"."offerings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_responses" ADD CONSTRAINT "need_responses_provider_id_organisations_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_responses" ADD CONSTRAINT "need_responses_responded_by_users_id_fk" FOREIGN KEY ("responded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "demand_alerts" ADD CONSTRAINT "demand_alerts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "need_responses_pair_key" ON "need_responses" USING btree ("opportunity_id","offering_id");--> statement-breakpoint
CREATE INDEX "need_responses_provider_idx" ON "need_responses" USING btree ("provider_id");--> statement-breakpoint
CREATE UNIQUE INDEX "demand_alerts_user_concept_key" ON "demand_alerts" USING btree ("user_id","concept_uri");--> statement-breakpoint
CREATE INDEX "demand_alerts_concept_idx" ON "demand_alerts" USING btree ("concept_uri");--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_demand_alert_id_demand_alerts_id_fk" FOREIGN KEY ("demand_alert_id") REFERENCES "public"."demand_alerts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "profile_skills_skill_idx" ON "profile_skills" USING btree ("skill_uri","level");