CREATE TABLE "occupation_labels" (
	"occupation_uri" text NOT NULL,
	"language" text NOT NULL,
	"kind" text NOT NULL,
	"label" text NOT NULL,
	CONSTRAINT "occupation_labels_occupation_uri_language_kind_label_pk" PRIMARY KEY("occupation_uri","language","kind","label"),
	CONSTRAINT "occupation_labels_language" CHECK ("occupation_labels"."language" in ('en', 'bg')),
	CONSTRAINT "occupation_labels_kind" CHECK ("occupation_labels"."kind" in ('preferred', 'alternative', 'hidden')),
	CONSTRAINT "occupation_labels_not_blank" CHECK (length(trim("occupation_labels"."label")) > 0)
);
--> statement-breakpoint
ALTER TABLE "occupation_labels" ADD CONSTRAINT "occupation_labels_occupation_uri_occupations_uri_fk" FOREIGN KEY ("occupation_uri") REFERENCES "public"."occupations"("uri") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "occupation_labels_trgm_idx" ON "occupation_labels" USING gin (lower("label") gin_trgm_ops);--> statement-breakpoint
-- Keep the English labels an existing database holds; the next ESCO import adds the Bulgarian ones.
INSERT INTO "occupation_labels" ("occupation_uri", "language", "kind", "label")
SELECT uri, 'en', 'preferred', preferred_label FROM "occupations"
UNION SELECT uri, 'en', 'alternative', trim(l) FROM "occupations", unnest(alt_labels) AS l WHERE length(trim(l)) > 0
UNION SELECT uri, 'en', 'hidden', trim(l) FROM "occupations", unnest(hidden_labels) AS l WHERE length(trim(l)) > 0
ON CONFLICT DO NOTHING;--> statement-breakpoint
ALTER TABLE "occupations" DROP COLUMN "alt_labels";--> statement-breakpoint
ALTER TABLE "occupations" DROP COLUMN "hidden_labels";