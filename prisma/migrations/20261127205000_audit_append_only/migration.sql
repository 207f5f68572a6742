-- The audit log is append-only: refuse UPDATE, DELETE and TRUNCATE at the database itself.
-- The function body is an E-string with \073 for its semicolons: the driver adapter that applies
-- migrations here splits scripts at every semicolon, see docs/decisions/002-migrations-through-wasm-engine.md.
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN RAISE EXCEPTION ''AuditLog is append-only''\073 END\073';

CREATE TRIGGER "AuditLog_no_update_delete" BEFORE UPDATE OR DELETE ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();

CREATE TRIGGER "AuditLog_no_truncate" BEFORE TRUNCATE ON "AuditLog"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
