CREATE TABLE "search_documents" (
	"collection" text NOT NULL,
	"id" text NOT NULL,
	"document" jsonb NOT NULL,
	"search_text" "tsvector" NOT NULL,
	"keywords" text[] NOT NULL,
	"skill_paths" bigint[] NOT NULL,
	"sort_title" text NOT NULL,
	"recency" double precision NOT NULL,
	"indexed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "search_documents_collection_id_pk" PRIMARY KEY("collection","id")
);
--> statement-breakpoint
CREATE TABLE "search_terms" (
	"collection" text NOT NULL,
	"term" text NOT NULL,
	CONSTRAINT "search_terms_collection_term_pk" PRIMARY KEY("collection","term")
);
--> statement-breakpoint
CREATE TABLE "search_outbox" (
	"collection" text NOT NULL,
	"document_key" text NOT NULL,
	"seq" bigserial NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_error" text,
	CONSTRAINT "search_outbox_collection_document_key_pk" PRIMARY KEY("collection","document_key")
);
--> statement-breakpoint
CREATE INDEX "search_documents_text_idx" ON "search_documents" USING gin ("search_text");--> statement-breakpoint
CREATE INDEX "search_documents_keywords_idx" ON "search_documents" USING gin ("keywords");--> statement-breakpoint
CREATE INDEX "search_documents_skill_paths_idx" ON "search_documents" USING gin ("skill_paths");--> statement-breakpoint
CREATE INDEX "search_documents_recency_idx" ON "search_documents" USING btree ("collection","recency");--> statement-breakpoint
CREATE INDEX "search_documents_title_idx" ON "search_documents" USING btree ("collection","sort_title");--> statement-breakpoint
CREATE INDEX "search_terms_term_trgm_idx" ON "search_terms" USING gin ("term" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "search_outbox_due_idx" ON "search_outbox" USING btree ("next_attempt_at","seq");--> statement-breakpoint
CREATE INDEX "search_outbox_seq_idx" ON "search_outbox" USING btree ("seq");--> statement-breakpoint
CREATE INDEX "search_outbox_changed_idx" ON "search_outbox" USING btree ("changed_at");