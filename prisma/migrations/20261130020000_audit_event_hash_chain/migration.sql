-- A hash chain over the audit trail (issue 12, item 7): each event's hash is SHA-256 over the previous event's hash
-- and the event's own content, so changing, removing or reordering any event breaks every hash from it onwards.
-- `npm run audit:verify` and GET /api/audit/verify recompute the chain in the API's own code, independently of the
-- functions below, and name the first event that does not match.

ALTER TABLE "audit_event" ADD COLUMN "chain_position" BIGINT, ADD COLUMN "hash" TEXT;

-- One field of the hashed content: its length in UTF-8 bytes, a colon, the text; '-' for NULL. Length-prefixed so no
-- choice of text can make two different events hash the same input.
CREATE FUNCTION "audit_event_chain_field"(value TEXT) RETURNS TEXT
    LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN value IS NULL THEN '-' ELSE octet_length(convert_to(value, 'UTF8'))::text || ':' || value END
$$;

-- The event's hash given the hash before it. Timestamps in UTC with milliseconds (the column's precision) and JSON
-- as PostgreSQL prints jsonb, so the rendering does not depend on the session's TimeZone or DateStyle.
-- apps/api/src/audit/audit-chain.ts frames and hashes the same fields in TypeScript: keep the two in step.
CREATE FUNCTION "audit_event_chain_hash"(previous_hash TEXT, e "audit_event") RETURNS TEXT
    LANGUAGE sql STABLE AS $$
    SELECT encode(sha256(convert_to(
        'mandate-tracker audit chain v1' || E'\n' || previous_hash || E'\n'
        || "audit_event_chain_field"(e."chain_position"::text)
        || "audit_event_chain_field"(e."id"::text)
        || "audit_event_chain_field"(to_char(e."occurred_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
        || "audit_event_chain_field"(e."actor")
        || "audit_event_chain_field"(e."action"::text)
        || "audit_event_chain_field"(e."entity_type")
        || "audit_event_chain_field"(e."entity_id")
        || "audit_event_chain_field"(e."before"::text)
        || "audit_event_chain_field"(e."after"::text)
        || "audit_event_chain_field"(e."actor_user_id"::text)
        || "audit_event_chain_field"(e."actor_token_id"::text)
        || "audit_event_chain_field"(e."request_id"),
        'UTF8')), 'hex')
$$;

-- Chain the events recorded so far in the order they were numbered. The append-only trigger is set aside for this
-- one statement of the migration (ALTER TABLE is transactional: it is back before anyone else sees the table).
ALTER TABLE "audit_event" DISABLE TRIGGER "audit_event_append_only";
DO $$
DECLARE
    e "audit_event";
    previous TEXT := repeat('0', 64);
    position BIGINT := 0;
BEGIN
    FOR e IN SELECT * FROM "audit_event" ORDER BY "id" LOOP
        position := position + 1;
        e."chain_position" := position;
        previous := "audit_event_chain_hash"(previous, e);
        UPDATE "audit_event" SET "chain_position" = position, "hash" = previous WHERE "id" = e."id";
    END LOOP;
END
$$;
ALTER TABLE "audit_event" ENABLE TRIGGER "audit_event_append_only";

ALTER TABLE "audit_event" ALTER COLUMN "chain_position" SET NOT NULL, ALTER COLUMN "hash" SET NOT NULL;
ALTER TABLE "audit_event" ADD CONSTRAINT "audit_event_hash_is_sha256" CHECK ("hash" ~ '^[0-9a-f]{64}$');
CREATE UNIQUE INDEX "audit_event_chain_position_key" ON "audit_event"("chain_position");

-- Every new event takes the next position and its hash here, whatever the writer sent. The advisory lock is held
-- until the writing transaction ends, so chain positions follow commit order: an event never chains to one that
-- a concurrent transaction has not committed yet (ids come from a sequence and do not). Should a chain fork anyway
-- (a REPEATABLE READ writer), the unique position refuses the second event rather than storing it.
CREATE FUNCTION "audit_event_chain"() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    last_position BIGINT;
    last_hash TEXT;
BEGIN
    PERFORM pg_advisory_xact_lock(7270736901);
    SELECT "chain_position", "hash" INTO last_position, last_hash FROM "audit_event" ORDER BY "chain_position" DESC LIMIT 1;
    NEW."chain_position" := COALESCE(last_position, 0) + 1;
    NEW."hash" := "audit_event_chain_hash"(COALESCE(last_hash, repeat('0', 64)), NEW);
    RETURN NEW;
END
$$;

CREATE TRIGGER "audit_event_chain"
    BEFORE INSERT ON "audit_event"
    FOR EACH ROW EXECUTE FUNCTION "audit_event_chain"();
