CREATE TABLE "search_removals" (
	"collection" text NOT NULL,
	"id" text NOT NULL,
	"removed_xid" bigint DEFAULT (pg_current_xact_id()::text::bigint) NOT NULL,
	"removed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "search_documents" ADD COLUMN "written_xid" bigint DEFAULT (pg_current_xact_id()::text::bigint) NOT NULL;--> statement-breakpoint
CREATE INDEX "search_removals_removed_idx" ON "search_removals" USING btree ("collection","removed_xid");--> statement-breakpoint
CREATE INDEX "search_removals_age_idx" ON "search_removals" USING btree ("removed_at");--> statement-breakpoint
CREATE INDEX "search_documents_written_idx" ON "search_documents" USING btree ("collection","written_xid");