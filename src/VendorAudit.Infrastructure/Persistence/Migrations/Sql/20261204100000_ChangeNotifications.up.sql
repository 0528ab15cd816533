-- Every portal instance caches some reads until a table they read changes. One notification per statement, with the
-- table's name: PostgreSQL sends it when the transaction commits, and sends one per table however many statements or
-- rows a transaction wrote (a 1M-row import is one notification). Whoever writes, the instances hear of it.
CREATE FUNCTION vendoraudit_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('vendoraudit_changes', TG_TABLE_NAME);
    RETURN NULL;
END
$$;

CREATE TRIGGER vendors_notify_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON vendors
    FOR EACH STATEMENT EXECUTE FUNCTION vendoraudit_notify_change();
CREATE TRIGGER agents_notify_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON agents
    FOR EACH STATEMENT EXECUTE FUNCTION vendoraudit_notify_change();
CREATE TRIGGER contracts_notify_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON contracts
    FOR EACH STATEMENT EXECUTE FUNCTION vendoraudit_notify_change();
CREATE TRIGGER calls_notify_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON calls
    FOR EACH STATEMENT EXECUTE FUNCTION vendoraudit_notify_change();
CREATE TRIGGER findings_notify_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON findings
    FOR EACH STATEMENT EXECUTE FUNCTION vendoraudit_notify_change();
CREATE TRIGGER vendor_period_scores_notify_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON vendor_period_scores
    FOR EACH STATEMENT EXECUTE FUNCTION vendoraudit_notify_change();
CREATE TRIGGER sampled_calls_notify_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON sampled_calls
    FOR EACH STATEMENT EXECUTE FUNCTION vendoraudit_notify_change();
CREATE TRIGGER scorecards_notify_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON scorecards
    FOR EACH STATEMENT EXECUTE FUNCTION vendoraudit_notify_change();
CREATE TRIGGER asp_net_users_notify_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON asp_net_users
    FOR EACH STATEMENT EXECUTE FUNCTION vendoraudit_notify_change();
