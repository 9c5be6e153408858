CREATE TYPE "public"."application_status" AS ENUM('applied', 'shortlisted', 'rejected', 'accepted', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."availability" AS ENUM('not_available', 'part_time', 'full_time');--> statement-breakpoint
CREATE TYPE "public"."membership_role" AS ENUM('member', 'admin');--> statement-breakpoint
CREATE TYPE "public"."offering_format" AS ENUM('online', 'on_site', 'hybrid');--> statement-breakpoint
CREATE TYPE "public"."offering_kind" AS ENUM('degree_programme', 'course', 'training', 'bootcamp');--> statement-breakpoint
CREATE TYPE "public"."offering_status" AS ENUM('draft', 'published', 'archived');--> statement-breakpoint
CREATE TYPE "public"."opportunity_kind" AS ENUM('job', 'internship', 'upskilling', 'research_collaboration');--> statement-breakpoint
CREATE TYPE "public"."opportunity_status" AS ENUM('draft', 'open', 'closed', 'filled');--> statement-breakpoint
CREATE TYPE "public"."organisation_kind" AS ENUM('company', 'university', 'research_institute', 'training_provider', 'business_support');--> statement-breakpoint
CREATE TYPE "public"."profile_skill_source" AS ENUM('declared', 'offering', 'extracted');--> statement-breakpoint
CREATE TYPE "public"."profile_visibility" AS ENUM('private', 'cluster', 'public');--> statement-breakpoint
CREATE TYPE "public"."reuse_level" AS ENUM('transversal', 'cross-sector', 'sector-specific', 'occupation-specific');--> statement-breakpoint
CREATE TYPE "public"."size_band" AS ENUM('micro', 'small', 'medium', 'large');--> statement-breakpoint
CREATE TYPE "public"."skill_relation_type" AS ENUM('essential', 'optional');--> statement-breakpoint
CREATE TYPE "public"."skill_type" AS ENUM('knowledge', 'skill/competence');--> statement-breakpoint
CREATE TYPE "public"."work_mode" AS ENUM('on_site', 'hybrid', 'remote');--> statement-breakpoint
CREATE TABLE "skills" (
	"uri" text PRIMARY KEY NOT NULL,
	"preferred_label" text NOT NULL,
	"alt_labels" text[] DEFAULT '{}'::text[] NOT NULL,
	"hidden_labels" text[] DEFAULT '{}'::text[] NOT NULL,
	"type" "skill_type",
	"reuse_level" "reuse_level",
	"description" text DEFAULT '' NOT NULL,
	"is_local" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "skills_label_not_blank" CHECK (length(trim("skills"."preferred_label")) > 0)
);
--> statement-breakpoint
CREATE TABLE "skill_groups" (
	"uri" text PRIMARY KEY NOT NULL,
	"preferred_label" text NOT NULL,
	"alt_labels" text[] DEFAULT '{}'::text[] NOT NULL,
	"code" text,
	"description" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "skill_hierarchy" (
	"narrower_uri" text NOT NULL,
	"narrower_kind" text NOT NULL,
	"broader_uri" text NOT NULL,
	"broader_kind" text NOT NULL,
	CONSTRAINT "skill_hierarchy_narrower_uri_broader_uri_pk" PRIMARY KEY("narrower_uri","broader_uri"),
	CONSTRAINT "skill_hierarchy_narrower_kind" CHECK ("skill_hierarchy"."narrower_kind" in ('skill', 'group')),
	CONSTRAINT "skill_hierarchy_broader_kind" CHECK ("skill_hierarchy"."broader_kind" in ('skill', 'group')),
	CONSTRAINT "skill_hierarchy_no_self_link" CHECK ("skill_hierarchy"."narrower_uri" <> "skill_hierarchy"."broader_uri")
);
--> statement-breakpoint
CREATE TABLE "skill_relations" (
	"skill_uri" text NOT NULL,
	"related_skill_uri" text NOT NULL,
	"relation_type" "skill_relation_type" NOT NULL,
	CONSTRAINT "skill_relations_skill_uri_related_skill_uri_pk" PRIMARY KEY("skill_uri","related_skill_uri")
);
--> statement-breakpoint
CREATE TABLE "occupations" (
	"uri" text PRIMARY KEY NOT NULL,
	"preferred_label" text NOT NULL,
	"alt_labels" text[] DEFAULT '{}'::text[] NOT NULL,
	"hidden_labels" text[] DEFAULT '{}'::text[] NOT NULL,
	"isco_group" text NOT NULL,
	"code" text NOT NULL,
	"description" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "occupation_skills" (
	"occupation_uri" text NOT NULL,
	"skill_uri" text NOT NULL,
	"relation_type" "skill_relation_type" NOT NULL,
	CONSTRAINT "occupation_skills_occupation_uri_skill_uri_pk" PRIMARY KEY("occupation_uri","skill_uri")
);
--> statement-breakpoint
CREATE TABLE "taxonomy_imports" (
	"id" serial PRIMARY KEY NOT NULL,
	"version" text NOT NULL,
	"archive_checksums" jsonb NOT NULL,
	"counts" jsonb NOT NULL,
	"changes" jsonb NOT NULL,
	"duration_ms" integer NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "organisation_kind" NOT NULL,
	"name" text NOT NULL,
	"slug" text NOT NULL,
	"sector" text,
	"description" text DEFAULT '' NOT NULL,
	"website" text,
	"district" text,
	"size_band" "size_band",
	"verified" boolean DEFAULT false NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisations_slug_format" CHECK ("organisations"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "organisations_name_not_blank" CHECK (length(trim("organisations"."name")) > 0)
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"display_name" text NOT NULL,
	"password_hash" text,
	"is_cluster_admin" boolean DEFAULT false NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "memberships" (
	"user_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"role" "membership_role" DEFAULT 'member' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "memberships_user_id_organisation_id_pk" PRIMARY KEY("user_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "student_profiles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"headline" text DEFAULT '' NOT NULL,
	"about" text DEFAULT '' NOT NULL,
	"programme" text,
	"institution_id" uuid,
	"institution_name" text,
	"study_year" smallint,
	"availability" "availability" DEFAULT 'not_available' NOT NULL,
	"available_from" date,
	"district" text,
	"visibility" "profile_visibility" DEFAULT 'private' NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "student_profiles_study_year_range" CHECK ("student_profiles"."study_year" between 1 and 10)
);
--> statement-breakpoint
CREATE TABLE "profile_skills" (
	"profile_id" uuid NOT NULL,
	"skill_uri" text NOT NULL,
	"level" smallint NOT NULL,
	"source" "profile_skill_source" DEFAULT 'declared' NOT NULL,
	"offering_id" uuid,
	"evidence" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "profile_skills_profile_id_skill_uri_pk" PRIMARY KEY("profile_id","skill_uri"),
	CONSTRAINT "profile_skills_level_range" CHECK ("profile_skills"."level" between 1 and 4)
);
--> statement-breakpoint
CREATE TABLE "opportunities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"kind" "opportunity_kind" NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"headcount" integer DEFAULT 1 NOT NULL,
	"location" text,
	"work_mode" "work_mode" DEFAULT 'on_site' NOT NULL,
	"starts_on" date,
	"deadline" date,
	"status" "opportunity_status" DEFAULT 'draft' NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "opportunities_headcount_positive" CHECK ("opportunities"."headcount" > 0),
	CONSTRAINT "opportunities_title_not_blank" CHECK (length(trim("opportunities"."title")) > 0)
);
--> statement-breakpoint
CREATE TABLE "opportunity_skills" (
	"opportunity_id" uuid NOT NULL,
	"skill_uri" text NOT NULL,
	"level" smallint NOT NULL,
	"importance" "skill_relation_type" DEFAULT 'essential' NOT NULL,
	CONSTRAINT "opportunity_skills_opportunity_id_skill_uri_pk" PRIMARY KEY("opportunity_id","skill_uri"),
	CONSTRAINT "opportunity_skills_level_range" CHECK ("opportunity_skills"."level" between 1 and 4)
);
--> statement-breakpoint
CREATE TABLE "offerings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"provider_id" uuid NOT NULL,
	"kind" "offering_kind" NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"hours" integer,
	"ects" numeric(5, 1),
	"language" text DEFAULT 'en' NOT NULL,
	"format" "offering_format" DEFAULT 'on_site' NOT NULL,
	"cost_eur" numeric(10, 2),
	"seats" integer,
	"yearly_capacity" integer,
	"starts_on" date,
	"ends_on" date,
	"status" "offering_status" DEFAULT 'draft' NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "offerings_title_not_blank" CHECK (length(trim("offerings"."title")) > 0),
	CONSTRAINT "offerings_hours_positive" CHECK ("offerings"."hours" > 0),
	CONSTRAINT "offerings_ects_positive" CHECK ("offerings"."ects" > 0),
	CONSTRAINT "offerings_cost_non_negative" CHECK ("offerings"."cost_eur" >= 0),
	CONSTRAINT "offerings_seats_positive" CHECK ("offerings"."seats" > 0),
	CONSTRAINT "offerings_capacity_positive" CHECK ("offerings"."yearly_capacity" > 0),
	CONSTRAINT "offerings_dates_ordered" CHECK ("offerings"."ends_on" >= "offerings"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "offering_skills" (
	"offering_id" uuid NOT NULL,
	"skill_uri" text NOT NULL,
	"level" smallint NOT NULL,
	CONSTRAINT "offering_skills_offering_id_skill_uri_pk" PRIMARY KEY("offering_id","skill_uri"),
	CONSTRAINT "offering_skills_level_range" CHECK ("offering_skills"."level" between 1 and 4)
);
--> statement-breakpoint
CREATE TABLE "applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"profile_id" uuid NOT NULL,
	"opportunity_id" uuid NOT NULL,
	"status" "application_status" DEFAULT 'applied' NOT NULL,
	"message" text DEFAULT '' NOT NULL,
	"status_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_user_id" uuid,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "skill_relations" ADD CONSTRAINT "skill_relations_skill_uri_skills_uri_fk" FOREIGN KEY ("skill_uri") REFERENCES "public"."skills"("uri") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skill_relations" ADD CONSTRAINT "skill_relations_related_skill_uri_skills_uri_fk" FOREIGN KEY ("related_skill_uri") REFERENCES "public"."skills"("uri") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "occupation_skills" ADD CONSTRAINT "occupation_skills_occupation_uri_occupations_uri_fk" FOREIGN KEY ("occupation_uri") REFERENCES "public"."occupations"("uri") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "occupation_skills" ADD CONSTRAINT "occupation_skills_skill_uri_skills_uri_fk" FOREIGN KEY ("skill_uri") REFERENCES "public"."skills"("uri") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "student_profiles" ADD CONSTRAINT "student_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "student_profiles" ADD CONSTRAINT "student_profiles_institution_id_organisations_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "profile_skills" ADD CONSTRAINT "profile_skills_profile_id_student_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."student_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "profile_skills" ADD CONSTRAINT "profile_skills_skill_uri_skills_uri_fk" FOREIGN KEY ("skill_uri") REFERENCES "public"."skills"("uri") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "profile_skills" ADD CONSTRAINT "profile_skills_offering_id_offerings_id_fk" FOREIGN KEY ("offering_id") REFERENCES "public"."offerings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunity_skills" ADD CONSTRAINT "opportunity_skills_opportunity_id_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "public"."opportunities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunity_skills" ADD CONSTRAINT "opportunity_skills_skill_uri_skills_uri_fk" FOREIGN KEY ("skill_uri") REFERENCES "public"."skills"("uri") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offerings" ADD CONSTRAINT "offerings_provider_id_organisations_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offering_skills" ADD CONSTRAINT "offering_skills_offering_id_offerings_id_fk" FOREIGN KEY ("offering_id") REFERENCES "public"."offerings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offering_skills" ADD CONSTRAINT "offering_skills_skill_uri_skills_uri_fk" FOREIGN KEY ("skill_uri") REFERENCES "public"."skills"("uri") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_profile_id_student_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."student_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_opportunity_id_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "public"."opportunities"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "skills_label_prefix_idx" ON "skills" USING btree (lower("preferred_label") text_pattern_ops);--> statement-breakpoint
CREATE INDEX "skills_label_trgm_idx" ON "skills" USING gin ("preferred_label" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "skill_groups_code_idx" ON "skill_groups" USING btree ("code");--> statement-breakpoint
CREATE INDEX "skill_hierarchy_broader_idx" ON "skill_hierarchy" USING btree ("broader_uri");--> statement-breakpoint
CREATE INDEX "skill_relations_related_idx" ON "skill_relations" USING btree ("related_skill_uri");--> statement-breakpoint
CREATE INDEX "occupations_label_prefix_idx" ON "occupations" USING btree (lower("preferred_label") text_pattern_ops);--> statement-breakpoint
CREATE INDEX "occupations_isco_group_idx" ON "occupations" USING btree ("isco_group");--> statement-breakpoint
CREATE INDEX "occupation_skills_skill_idx" ON "occupation_skills" USING btree ("skill_uri");--> statement-breakpoint
CREATE UNIQUE INDEX "organisations_slug_key" ON "organisations" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "organisations_kind_idx" ON "organisations" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "organisations_name_trgm_idx" ON "organisations" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_key" ON "users" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "memberships_organisation_idx" ON "memberships" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "student_profiles_user_key" ON "student_profiles" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "student_profiles_institution_idx" ON "student_profiles" USING btree ("institution_id");--> statement-breakpoint
CREATE INDEX "student_profiles_visibility_idx" ON "student_profiles" USING btree ("visibility");--> statement-breakpoint
CREATE INDEX "profile_skills_skill_idx" ON "profile_skills" USING btree ("skill_uri");--> statement-breakpoint
CREATE INDEX "profile_skills_offering_idx" ON "profile_skills" USING btree ("offering_id");--> statement-breakpoint
CREATE INDEX "opportunities_organisation_idx" ON "opportunities" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "opportunities_status_kind_idx" ON "opportunities" USING btree ("status","kind");--> statement-breakpoint
CREATE INDEX "opportunity_skills_skill_idx" ON "opportunity_skills" USING btree ("skill_uri");--> statement-breakpoint
CREATE INDEX "offerings_provider_idx" ON "offerings" USING btree ("provider_id");--> statement-breakpoint
CREATE INDEX "offerings_status_kind_idx" ON "offerings" USING btree ("status","kind");--> statement-breakpoint
CREATE INDEX "offering_skills_skill_idx" ON "offering_skills" USING btree ("skill_uri");--> statement-breakpoint
CREATE UNIQUE INDEX "applications_profile_opportunity_key" ON "applications" USING btree ("profile_id","opportunity_id");--> statement-breakpoint
CREATE INDEX "applications_opportunity_idx" ON "applications" USING btree ("opportunity_id");--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor_user_id");