CREATE TABLE "profile_target_occupations" (
	"profile_id" uuid NOT NULL,
	"occupation_uri" text NOT NULL,
	CONSTRAINT "profile_target_occupations_profile_id_occupation_uri_pk" PRIMARY KEY("profile_id","occupation_uri")
);
--> statement-breakpoint
ALTER TABLE "opportunities" ADD COLUMN "occupation_uri" text;--> statement-breakpoint
ALTER TABLE "profile_target_occupations" ADD CONSTRAINT "profile_target_occupations_profile_id_student_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."student_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "profile_target_occupations" ADD CONSTRAINT "profile_target_occupations_occupation_uri_occupations_uri_fk" FOREIGN KEY ("occupation_uri") REFERENCES "public"."occupations"("uri") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "profile_target_occupations_occupation_idx" ON "profile_target_occupations" USING btree ("occupation_uri");--> statement-breakpoint
ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_occupation_uri_occupations_uri_fk" FOREIGN KEY ("occupation_uri") REFERENCES "public"."occupations"("uri") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "opportunities_occupation_idx" ON "opportunities" USING btree ("occupation_uri");