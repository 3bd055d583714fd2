-- Gives each new audit event the next chain position and its hash, whatever the writer sent; the advisory lock,
-- held to commit, keeps the chain in commit order.
-- Trigger: audit_event_chain, BEFORE INSERT ON audit_event, for each row.
-- Since: 20261130020000_audit_event_hash_chain. See docs/data-model.md (Audit trail).

CREATE OR REPLACE FUNCTION "audit_event_chain"() RETURNS trigger
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
