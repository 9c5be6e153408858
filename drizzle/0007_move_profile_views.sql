-- Profile views move out of the audit log into profile_views, once a viewer a day (Sofia time).
INSERT INTO "profile_views" ("profile_id", "viewer_user_id", "organisation_id", "day", "at")
SELECT DISTINCT ON (p.id, l.actor_user_id, (l.at AT TIME ZONE 'Europe/Sofia')::date)
  p.id, l.actor_user_id, o.id, (l.at AT TIME ZONE 'Europe/Sofia')::date, l.at
FROM "audit_log" l
JOIN "student_profiles" p ON p.id::text = l.entity_id
LEFT JOIN "organisations" o ON o.id::text = l.details -> 'organisationIds' ->> 0
WHERE l.entity_type = 'student_profile' AND l.action IN ('view', 'export')
ORDER BY p.id, l.actor_user_id, (l.at AT TIME ZONE 'Europe/Sofia')::date, l.at
ON CONFLICT DO NOTHING;
--> statement-breakpoint
DELETE FROM "audit_log" WHERE entity_type = 'student_profile' AND action IN ('view', 'export');
