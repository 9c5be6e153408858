-- Readers that hold search documents in memory (the Postgres engine's shortlists) catch up by
-- reading what transactions wrote since their last snapshot: every update marks the row with
-- its transaction (inserts take the column default), and every delete is recorded.
CREATE FUNCTION search_documents_mark_written() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.written_xid := pg_current_xact_id()::text::bigint;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER search_documents_written BEFORE UPDATE ON search_documents
  FOR EACH ROW EXECUTE FUNCTION search_documents_mark_written();
--> statement-breakpoint
CREATE FUNCTION search_documents_record_removals() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO search_removals (collection, id) SELECT collection, id FROM removed_rows;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER search_documents_removed AFTER DELETE ON search_documents
  REFERENCING OLD TABLE AS removed_rows FOR EACH STATEMENT EXECUTE FUNCTION search_documents_record_removals();
