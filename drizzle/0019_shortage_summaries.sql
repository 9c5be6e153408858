CREATE TABLE "shortage_snapshot_groups" (
	"month" date NOT NULL,
	"group_uri" text NOT NULL,
	"demand" double precision NOT NULL,
	"supply" double precision NOT NULL,
	"positions" integer NOT NULL,
	"largest_share" double precision NOT NULL,
	"most_students" integer NOT NULL,
	CONSTRAINT "shortage_snapshot_groups_month_group_uri_pk" PRIMARY KEY("month","group_uri")
);
--> statement-breakpoint
CREATE TABLE "shortage_snapshot_skills" (
	"month" date NOT NULL,
	"skill_uri" text NOT NULL,
	"demand" double precision NOT NULL,
	"positions" integer NOT NULL,
	"opportunities" integer NOT NULL,
	"organisations" integer NOT NULL,
	"largest_share" double precision NOT NULL,
	"offerings" integer NOT NULL,
	"students" integer NOT NULL,
	"places" double precision NOT NULL,
	"supply" double precision NOT NULL,
	"held_supply" double precision NOT NULL,
	CONSTRAINT "shortage_snapshot_skills_month_skill_uri_pk" PRIMARY KEY("month","skill_uri")
);
--> statement-breakpoint
CREATE TABLE "skill_supply" (
	"skill_uri" text NOT NULL,
	"level" smallint NOT NULL,
	"holders" integer DEFAULT 0 NOT NULL,
	"places" double precision DEFAULT 0 NOT NULL,
	"offerings" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "skill_supply_skill_uri_level_pk" PRIMARY KEY("skill_uri","level")
);
--> statement-breakpoint
CREATE TABLE "skill_demand" (
	"skill_uri" text NOT NULL,
	"organisation_id" uuid NOT NULL,
	"share" double precision NOT NULL,
	"positions" integer NOT NULL,
	"opportunities" integer NOT NULL,
	"lowest_level" smallint NOT NULL,
	"d1" double precision NOT NULL,
	"d2" double precision NOT NULL,
	"d3" double precision NOT NULL,
	"d4" double precision NOT NULL,
	CONSTRAINT "skill_demand_skill_uri_organisation_id_pk" PRIMARY KEY("skill_uri","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "skill_demand_changes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "skill_demand_state" (
	"singleton" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"as_of" date NOT NULL,
	CONSTRAINT "skill_demand_state_one_row" CHECK ("skill_demand_state"."singleton")
);
--> statement-breakpoint
CREATE TABLE "skill_group_demand" (
	"group_uri" text NOT NULL,
	"organisation_id" uuid NOT NULL,
	"share" double precision NOT NULL,
	"positions" integer NOT NULL,
	CONSTRAINT "skill_group_demand_group_uri_organisation_id_pk" PRIMARY KEY("group_uri","organisation_id")
);
--> statement-breakpoint
ALTER TABLE "shortage_snapshots" ADD COLUMN "demand" double precision;--> statement-breakpoint
ALTER TABLE "shortage_snapshots" ADD COLUMN "supply" double precision;--> statement-breakpoint
ALTER TABLE "shortage_snapshots" ADD COLUMN "positions" integer;--> statement-breakpoint
ALTER TABLE "shortage_snapshots" ADD COLUMN "largest_share" double precision;--> statement-breakpoint
ALTER TABLE "shortage_snapshots" ADD COLUMN "most_students" integer;--> statement-breakpoint
ALTER TABLE "shortage_snapshot_groups" ADD CONSTRAINT "shortage_snapshot_groups_month_shortage_snapshots_month_fk" FOREIGN KEY ("month") REFERENCES "public"."shortage_snapshots"("month") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shortage_snapshot_skills" ADD CONSTRAINT "shortage_snapshot_skills_month_shortage_snapshots_month_fk" FOREIGN KEY ("month") REFERENCES "public"."shortage_snapshots"("month") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "shortage_snapshot_groups_group_idx" ON "shortage_snapshot_groups" USING btree ("group_uri","month");--> statement-breakpoint
CREATE INDEX "shortage_snapshot_skills_skill_idx" ON "shortage_snapshot_skills" USING btree ("skill_uri","month");--> statement-breakpoint
CREATE INDEX "skill_demand_organisation_idx" ON "skill_demand" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "skill_group_demand_organisation_idx" ON "skill_group_demand" USING btree ("organisation_id");