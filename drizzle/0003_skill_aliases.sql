CREATE TABLE "skill_aliases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"skill_uri" text NOT NULL,
	"alias" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "skill_aliases_alias_not_blank" CHECK (length(trim("skill_aliases"."alias")) > 0)
);
--> statement-breakpoint
ALTER TABLE "skill_aliases" ADD CONSTRAINT "skill_aliases_skill_uri_skills_uri_fk" FOREIGN KEY ("skill_uri") REFERENCES "public"."skills"("uri") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skill_aliases" ADD CONSTRAINT "skill_aliases_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "skill_aliases_skill_alias_key" ON "skill_aliases" USING btree ("skill_uri",lower("alias"));--> statement-breakpoint
CREATE INDEX "skill_aliases_alias_idx" ON "skill_aliases" USING btree (lower("alias"));