-- One field of an audit event's hashed content: its length in UTF-8 bytes, a colon, the text; '-' for NULL.
-- Used by audit_event_chain_hash. apps/api/src/audit/audit-chain.ts frames fields the same way.
-- Since: 20261130020000_audit_event_hash_chain.

CREATE OR REPLACE FUNCTION "audit_event_chain_field"(value TEXT) RETURNS TEXT
    LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN value IS NULL THEN '-' ELSE octet_length(convert_to(value, 'UTF8'))::text || ':' || value END
$$;
