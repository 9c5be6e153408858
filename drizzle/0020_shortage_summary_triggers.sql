-- skill_supply is derived from profile_skills, offerings and offering_skills, and kept by the
-- statement triggers below. Each one first takes the same transaction-scoped advisory lock, so
-- writers of supply take turns until they commit: counters are never locked in crossing orders,
-- and a recount sees what the writers before it committed.
CREATE FUNCTION skill_supply_take_turn() RETURNS void LANGUAGE sql AS $$ SELECT pg_advisory_xact_lock(hashtext('skill_supply')) $$;
--> statement-breakpoint
-- Everything again from the source tables (after a TRUNCATE, or to check the counters).
CREATE FUNCTION rebuild_skill_supply() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM skill_supply_take_turn();
  DELETE FROM skill_supply;
  INSERT INTO skill_supply (skill_uri, level, holders, places, offerings)
  SELECT skill_uri, level, sum(holders), sum(places), sum(offerings)
  FROM (
    SELECT skill_uri, level, count(*) AS holders, 0::float8 AS places, 0 AS offerings FROM profile_skills GROUP BY skill_uri, level
    UNION ALL
    SELECT t.skill_uri, t.level, 0, sum(coalesce(f.yearly_capacity, f.seats, 0)), count(*)
    FROM offering_skills t JOIN offerings f ON f.id = t.offering_id AND f.status = 'published'
    GROUP BY t.skill_uri, t.level
  ) levels
  GROUP BY skill_uri, level;
END $$;
--> statement-breakpoint
-- Students per skill and level change by the rows a statement removed and added.
CREATE FUNCTION skill_supply_count_holders() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM skill_supply_take_turn();
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    INSERT INTO skill_supply AS s (skill_uri, level, holders)
    SELECT skill_uri, level, -count(*) FROM old_rows GROUP BY skill_uri, level
    ON CONFLICT (skill_uri, level) DO UPDATE SET holders = s.holders + excluded.holders;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO skill_supply AS s (skill_uri, level, holders)
    SELECT skill_uri, level, count(*) FROM new_rows GROUP BY skill_uri, level
    ON CONFLICT (skill_uri, level) DO UPDATE SET holders = s.holders + excluded.holders;
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    DELETE FROM skill_supply WHERE holders = 0 AND offerings = 0 AND skill_uri IN (SELECT skill_uri FROM old_rows);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- Places depend on the offering's status and capacity as well as its skills: the skills touched
-- are counted again from the rows as they now stand.
CREATE FUNCTION skill_supply_recount_teaching(uris text[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(cardinality(uris), 0) = 0 THEN RETURN; END IF;
  PERFORM skill_supply_take_turn();
  UPDATE skill_supply SET places = 0, offerings = 0 WHERE skill_uri = ANY (uris) AND (places <> 0 OR offerings <> 0);
  INSERT INTO skill_supply AS s (skill_uri, level, places, offerings)
  SELECT t.skill_uri, t.level, sum(coalesce(f.yearly_capacity, f.seats, 0)), count(*)
  FROM offering_skills t JOIN offerings f ON f.id = t.offering_id AND f.status = 'published'
  WHERE t.skill_uri = ANY (uris)
  GROUP BY t.skill_uri, t.level
  ON CONFLICT (skill_uri, level) DO UPDATE SET places = excluded.places, offerings = excluded.offerings;
  DELETE FROM skill_supply WHERE skill_uri = ANY (uris) AND holders = 0 AND offerings = 0;
END $$;
--> statement-breakpoint
CREATE FUNCTION skill_supply_offering_skills_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM skill_supply_recount_teaching(ARRAY(SELECT DISTINCT skill_uri FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM skill_supply_recount_teaching(ARRAY(SELECT DISTINCT skill_uri FROM old_rows));
  ELSE
    PERFORM skill_supply_recount_teaching(ARRAY(SELECT skill_uri FROM new_rows UNION SELECT skill_uri FROM old_rows));
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- An offering deleted takes its skills with it (the cascade's own trigger recounts them).
CREATE FUNCTION skill_supply_offerings_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM skill_supply_recount_teaching(ARRAY(
    SELECT DISTINCT t.skill_uri
    FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN offering_skills t ON t.offering_id = n.id
    WHERE (n.status, n.yearly_capacity, n.seats) IS DISTINCT FROM (o.status, o.yearly_capacity, o.seats)));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION skill_supply_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM rebuild_skill_supply();
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER skill_supply_profile_skills_insert AFTER INSERT ON profile_skills REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION skill_supply_count_holders();
--> statement-breakpoint
CREATE TRIGGER skill_supply_profile_skills_update AFTER UPDATE ON profile_skills REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION skill_supply_count_holders();
--> statement-breakpoint
CREATE TRIGGER skill_supply_profile_skills_delete AFTER DELETE ON profile_skills REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION skill_supply_count_holders();
--> statement-breakpoint
CREATE TRIGGER skill_supply_offering_skills_insert AFTER INSERT ON offering_skills REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION skill_supply_offering_skills_changed();
--> statement-breakpoint
CREATE TRIGGER skill_supply_offering_skills_update AFTER UPDATE ON offering_skills REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION skill_supply_offering_skills_changed();
--> statement-breakpoint
CREATE TRIGGER skill_supply_offering_skills_delete AFTER DELETE ON offering_skills REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION skill_supply_offering_skills_changed();
--> statement-breakpoint
CREATE TRIGGER skill_supply_offerings_update AFTER UPDATE ON offerings REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION skill_supply_offerings_changed();
--> statement-breakpoint
CREATE TRIGGER skill_supply_profile_skills_truncate AFTER TRUNCATE ON profile_skills FOR EACH STATEMENT EXECUTE FUNCTION skill_supply_truncated();
--> statement-breakpoint
CREATE TRIGGER skill_supply_offering_skills_truncate AFTER TRUNCATE ON offering_skills FOR EACH STATEMENT EXECUTE FUNCTION skill_supply_truncated();
--> statement-breakpoint
CREATE TRIGGER skill_supply_offerings_truncate AFTER TRUNCATE ON offerings FOR EACH STATEMENT EXECUTE FUNCTION skill_supply_truncated();
--> statement-breakpoint
SELECT rebuild_skill_supply();
--> statement-breakpoint
-- skill_demand is counted by the API (its weights are the API's); these triggers only name the
-- organisations whose postings changed, in the writer's transaction, for the next count.
CREATE FUNCTION skill_demand_note_opportunities() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO skill_demand_changes (organisation_id) SELECT DISTINCT organisation_id FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO skill_demand_changes (organisation_id) SELECT DISTINCT organisation_id FROM old_rows;
  ELSE
    -- Only what the count reads: whether a posting counts, its weight, and whose it is.
    INSERT INTO skill_demand_changes (organisation_id)
    SELECT DISTINCT x.organisation_id
    FROM new_rows n JOIN old_rows o ON o.id = n.id
    CROSS JOIN LATERAL (VALUES (n.organisation_id), (o.organisation_id)) AS x (organisation_id)
    WHERE (n.status, n.deadline, n.headcount, n.organisation_id) IS DISTINCT FROM (o.status, o.deadline, o.headcount, o.organisation_id);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- A posting deleted takes its requirements with it; its own trigger names the organisation.
CREATE FUNCTION skill_demand_note_requirements() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO skill_demand_changes (organisation_id)
    SELECT DISTINCT o.organisation_id FROM new_rows r JOIN opportunities o ON o.id = r.opportunity_id;
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    INSERT INTO skill_demand_changes (organisation_id)
    SELECT DISTINCT o.organisation_id FROM old_rows r JOIN opportunities o ON o.id = r.opportunity_id;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- After a TRUNCATE everything is counted again.
CREATE FUNCTION skill_demand_forget() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM skill_demand_state;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER skill_demand_opportunities_insert AFTER INSERT ON opportunities REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION skill_demand_note_opportunities();
--> statement-breakpoint
CREATE TRIGGER skill_demand_opportunities_update AFTER UPDATE ON opportunities REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION skill_demand_note_opportunities();
--> statement-breakpoint
CREATE TRIGGER skill_demand_opportunities_delete AFTER DELETE ON opportunities REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION skill_demand_note_opportunities();
--> statement-breakpoint
CREATE TRIGGER skill_demand_requirements_insert AFTER INSERT ON opportunity_skills REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION skill_demand_note_requirements();
--> statement-breakpoint
CREATE TRIGGER skill_demand_requirements_update AFTER UPDATE ON opportunity_skills REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION skill_demand_note_requirements();
--> statement-breakpoint
CREATE TRIGGER skill_demand_requirements_delete AFTER DELETE ON opportunity_skills REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION skill_demand_note_requirements();
--> statement-breakpoint
CREATE TRIGGER skill_demand_opportunities_truncate AFTER TRUNCATE ON opportunities FOR EACH STATEMENT EXECUTE FUNCTION skill_demand_forget();
--> statement-breakpoint
CREATE TRIGGER skill_demand_requirements_truncate AFTER TRUNCATE ON opportunity_skills FOR EACH STATEMENT EXECUTE FUNCTION skill_demand_forget();
--> statement-breakpoint
-- Groups are counted along the ESCO hierarchy: when it changes, everything is counted again.
CREATE TRIGGER skill_demand_hierarchy_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON skill_hierarchy FOR EACH STATEMENT EXECUTE FUNCTION skill_demand_forget();
