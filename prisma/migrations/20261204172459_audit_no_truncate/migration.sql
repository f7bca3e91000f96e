-- The audit log refuses TRUNCATE too (UPDATE and DELETE were refused row by row since the foundation).
-- Together with the app role's grants (lib/database/app-role.ts: INSERT and SELECT only), nothing the app
-- runs can rewrite history.
CREATE TRIGGER audit_event_no_truncate
  BEFORE TRUNCATE ON "audit_event"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();
