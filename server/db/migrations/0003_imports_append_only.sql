-- The record of imports is append-only, like the audit trail: no role may change or remove it.
CREATE FUNCTION import_record_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER import_runs_no_update_or_delete BEFORE UPDATE OR DELETE ON import_runs
  FOR EACH ROW EXECUTE FUNCTION import_record_append_only();
--> statement-breakpoint
CREATE TRIGGER import_runs_no_truncate BEFORE TRUNCATE ON import_runs
  FOR EACH STATEMENT EXECUTE FUNCTION import_record_append_only();
--> statement-breakpoint
CREATE TRIGGER import_changes_no_update_or_delete BEFORE UPDATE OR DELETE ON import_changes
  FOR EACH ROW EXECUTE FUNCTION import_record_append_only();
--> statement-breakpoint
CREATE TRIGGER import_changes_no_truncate BEFORE TRUNCATE ON import_changes
  FOR EACH STATEMENT EXECUTE FUNCTION import_record_append_only();
--> statement-breakpoint
REVOKE UPDATE, DELETE, TRUNCATE ON import_runs, import_changes FROM PUBLIC;
