-- The append-only trigger of the initial model is a row trigger, and TRUNCATE fires no row triggers: the owner of
-- the table could still empty the whole trail in one statement. A statement trigger refuses TRUNCATE the same way.
CREATE TRIGGER "audit_event_no_truncate"
    BEFORE TRUNCATE ON "audit_event"
    FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_reject_change"();
