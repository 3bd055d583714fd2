-- Every API process keeps the lists' totals (Content-Range) for a few seconds (common/list/list-totals.ts). A write
-- through that process clears them at once; a write by anyone else (another API process, `npm run import`, SQL by
-- hand) left them stale for up to twice their time to live. PostgreSQL now says so itself: after any committed
-- statement that changes a table some list counts, it notifies `list_totals_stale`, and every API process
-- listening clears its totals (ListTotalsListener). Notifications are sent on commit, one per transaction however
-- many statements it ran (PostgreSQL folds identical ones), and never for a rolled-back change.
CREATE FUNCTION "notify_list_totals_stale"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('list_totals_stale', '');
  RETURN NULL;
END
$$;

-- The listed tables, and obligation_document: a link changes which obligations are overdue (through
-- obligation.fulfilling_links, itself an UPDATE of obligation, but said here too for TRUNCATE).
CREATE TRIGGER "obligation_list_totals_stale" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "obligation"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_list_totals_stale"();
CREATE TRIGGER "obligation_document_list_totals_stale" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "obligation_document"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_list_totals_stale"();
CREATE TRIGGER "resolution_list_totals_stale" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "resolution"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_list_totals_stale"();
CREATE TRIGGER "document_list_totals_stale" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "document"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_list_totals_stale"();
CREATE TRIGGER "session_list_totals_stale" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "session"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_list_totals_stale"();
