CREATE TABLE "shortage_snapshot_demand" (
	"month" date NOT NULL,
	"opportunity_id" uuid NOT NULL,
	"skill_uri" text NOT NULL,
	"level" smallint NOT NULL,
	"weight" double precision NOT NULL,
	"headcount" integer NOT NULL,
	"organisation_id" uuid NOT NULL,
	"organisation_kind" "organisation_kind" NOT NULL,
	"sector" text,
	"opportunity_kind" "opportunity_kind" NOT NULL,
	"occupation_uri" text,
	CONSTRAINT "shortage_snapshot_demand_month_opportunity_id_skill_uri_pk" PRIMARY KEY("month","opportunity_id","skill_uri")
);
--> statement-breakpoint
CREATE TABLE "shortage_snapshot_supply" (
	"month" date NOT NULL,
	"skill_uri" text NOT NULL,
	"level" smallint NOT NULL,
	"holders" integer NOT NULL,
	"places" double precision NOT NULL,
	"offerings" integer NOT NULL,
	CONSTRAINT "shortage_snapshot_supply_month_skill_uri_level_pk" PRIMARY KEY("month","skill_uri","level")
);
--> statement-breakpoint
CREATE TABLE "shortage_snapshots" (
	"month" date PRIMARY KEY NOT NULL,
	"as_of" date NOT NULL,
	"taken_at" timestamp with time zone DEFAULT now() NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	CONSTRAINT "shortage_snapshots_first_of_month" CHECK (extract(day from "shortage_snapshots"."month") = 1)
);
--> statement-breakpoint
ALTER TABLE "opportunities" ADD COLUMN "closed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "shortage_snapshot_demand" ADD CONSTRAINT "shortage_snapshot_demand_month_shortage_snapshots_month_fk" FOREIGN KEY ("month") REFERENCES "public"."shortage_snapshots"("month") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shortage_snapshot_supply" ADD CONSTRAINT "shortage_snapshot_supply_month_shortage_snapshots_month_fk" FOREIGN KEY ("month") REFERENCES "public"."shortage_snapshots"("month") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "shortage_snapshot_demand_skill_idx" ON "shortage_snapshot_demand" USING btree ("skill_uri","month");--> statement-breakpoint
UPDATE "opportunities" SET "closed_at" = "updated_at" WHERE "status" IN ('closed', 'filled');