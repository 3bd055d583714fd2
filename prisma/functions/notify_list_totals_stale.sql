-- Tells every API process listening on list_totals_stale that the lists' cached totals are stale (sent on commit).
-- Triggers: <table>_list_totals_stale, AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE, for each statement, on
-- obligation, obligation_document, resolution, document and session.
-- Since: 20261123220000_notify_list_changes. See docs/adr/0005-notify-for-list-totals.md.

CREATE OR REPLACE FUNCTION "notify_list_totals_stale"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('list_totals_stale', '');
  RETURN NULL;
END
$$;
