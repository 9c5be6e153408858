-- Every change to a searchable row is recorded in search_outbox in the same transaction, by
-- statement-level triggers over the changed rows. Trigger arguments come in pairs: a search
-- collection and a query over `$rows` (the changed rows) giving the keys of its documents.
CREATE FUNCTION search_outbox_record() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  i integer := 0;
  changed text;
BEGIN
  FOREACH changed IN ARRAY CASE TG_OP WHEN 'INSERT' THEN ARRAY['new_rows'] WHEN 'DELETE' THEN ARRAY['old_rows'] ELSE ARRAY['new_rows', 'old_rows'] END LOOP
    i := 0;
    WHILE i < TG_NARGS LOOP
      EXECUTE format(
        'INSERT INTO search_outbox (collection, document_key) SELECT DISTINCT %L, k FROM (%s) AS changed(k) WHERE k IS NOT NULL
         ON CONFLICT (collection, document_key) DO UPDATE
         SET seq = DEFAULT, changed_at = now(), attempts = 0, next_attempt_at = now(), last_error = NULL',
        TG_ARGV[i], replace(TG_ARGV[i + 1], '$rows', changed));
      i := i + 2;
    END LOOP;
  END LOOP;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- Creates the statement triggers on one table for the events given.
CREATE FUNCTION search_outbox_watch(tbl text, events text[], VARIADIC targets text[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  event text;
  args text;
BEGIN
  SELECT string_agg(quote_literal(t), ', ') INTO args FROM unnest(targets) AS t;
  FOREACH event IN ARRAY events LOOP
    EXECUTE format(
      'CREATE TRIGGER %I AFTER %s ON %I REFERENCING %s FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_record(%s)',
      'search_outbox_' || lower(event) || '_' || targets[1], event, tbl,
      CASE event WHEN 'INSERT' THEN 'NEW TABLE AS new_rows' WHEN 'DELETE' THEN 'OLD TABLE AS old_rows' ELSE 'OLD TABLE AS old_rows NEW TABLE AS new_rows' END,
      args);
  END LOOP;
END $$;
--> statement-breakpoint
SELECT search_outbox_watch('organisations', ARRAY['INSERT', 'UPDATE', 'DELETE'],
  'organisations', 'SELECT id::text FROM $rows',
  'opportunities', 'SELECT o.id::text FROM opportunities o JOIN $rows r ON r.id = o.organisation_id',
  'offerings', 'SELECT o.id::text FROM offerings o JOIN $rows r ON r.id = o.provider_id',
  'students', 'SELECT p.id::text FROM student_profiles p JOIN $rows r ON r.id = p.institution_id');
--> statement-breakpoint
SELECT search_outbox_watch('opportunities', ARRAY['INSERT', 'UPDATE', 'DELETE'], 'opportunities', 'SELECT id::text FROM $rows');
--> statement-breakpoint
SELECT search_outbox_watch('opportunity_skills', ARRAY['INSERT', 'UPDATE', 'DELETE'], 'opportunities', 'SELECT opportunity_id::text FROM $rows');
--> statement-breakpoint
SELECT search_outbox_watch('offerings', ARRAY['INSERT', 'UPDATE', 'DELETE'], 'offerings', 'SELECT id::text FROM $rows');
--> statement-breakpoint
SELECT search_outbox_watch('offering_skills', ARRAY['INSERT', 'UPDATE', 'DELETE'], 'offerings', 'SELECT offering_id::text FROM $rows');
--> statement-breakpoint
SELECT search_outbox_watch('student_profiles', ARRAY['INSERT', 'UPDATE', 'DELETE'], 'students', 'SELECT id::text FROM $rows');
--> statement-breakpoint
SELECT search_outbox_watch('profile_skills', ARRAY['INSERT', 'UPDATE', 'DELETE'], 'students', 'SELECT profile_id::text FROM $rows');
--> statement-breakpoint
-- A student's document shows their display name.
SELECT search_outbox_watch('users', ARRAY['UPDATE'], 'students', 'SELECT p.id::text FROM student_profiles p JOIN $rows r ON r.id = p.user_id');
--> statement-breakpoint
SELECT search_outbox_watch('skills', ARRAY['INSERT', 'UPDATE', 'DELETE'], 'skills', 'SELECT uri FROM $rows');
--> statement-breakpoint
-- Documents show skill labels, so a relabelled skill rebuilds the documents that carry it.
SELECT search_outbox_watch('skills', ARRAY['UPDATE'],
  'opportunities', 'SELECT s.opportunity_id::text FROM opportunity_skills s JOIN $rows r ON r.uri = s.skill_uri',
  'offerings', 'SELECT s.offering_id::text FROM offering_skills s JOIN $rows r ON r.uri = s.skill_uri',
  'students', 'SELECT s.profile_id::text FROM profile_skills s JOIN $rows r ON r.uri = s.skill_uri');
--> statement-breakpoint
SELECT search_outbox_watch('skill_aliases', ARRAY['INSERT', 'UPDATE', 'DELETE'], 'skills', 'SELECT skill_uri FROM $rows');
