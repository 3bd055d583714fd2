-- An audit event's hash: SHA-256 over the previous event's hash and the event's fields, in hex.
-- Used by audit_event_chain and the migration that chained the events before it. apps/api/src/audit/audit-chain.ts
-- computes the same in TypeScript to verify the chain: keep the two in step.
-- Since: 20261130020000_audit_event_hash_chain. See docs/data-model.md (Audit trail).

CREATE OR REPLACE FUNCTION "audit_event_chain_hash"(previous_hash TEXT, e "audit_event") RETURNS TEXT
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
