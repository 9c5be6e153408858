ALTER TABLE "organisations" ADD COLUMN "verification_refusal" text;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "verification_decided_at" timestamp with time zone;