-- Compliance as of a date reads each entity's last event before an instant and its first after it
-- (apps/api/src/compliance/as-of-states.sql.ts). Events written in one transaction share occurred_at, so the id
-- breaks the tie; with it in the index PostgreSQL walks each entity's events in order instead of sorting the trail.
DROP INDEX "audit_event_entity_type_entity_id_occurred_at_idx";
CREATE INDEX "audit_event_entity_type_entity_id_occurred_at_id_idx" ON "audit_event"("entity_type", "entity_id", "occurred_at", "id");

-- The audit log filters by who; the list is read newest first.
CREATE INDEX "audit_event_actor_idx" ON "audit_event"("actor");
