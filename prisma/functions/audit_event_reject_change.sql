-- The audit trail is evidence for auditors: once written it may never change.
-- Trigger: audit_event_append_only, BEFORE UPDATE OR DELETE ON audit_event, for each row.
-- Since: 20261123100000_initial_model. See docs/adr/0007-how-the-audit-trail-is-written.md.

CREATE OR REPLACE FUNCTION "audit_event_reject_change"() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
