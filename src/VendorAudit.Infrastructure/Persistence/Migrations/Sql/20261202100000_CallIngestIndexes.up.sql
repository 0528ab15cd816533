-- Calls are bulk-loaded by the million; what each row costs on the way in decides how fast a
-- vendor's file is imported (measured on 1M calls: the three keys' triggers took twice as long as
-- inserting the rows, see CallConfiguration.cs for how the references hold without them).

-- Foreign keys: one trigger call per row and key. The loader checks the vendor once per file and
-- writes agent and batch ids it created in the same transaction.
ALTER TABLE calls DROP CONSTRAINT fk_calls_agents_agent_id;
ALTER TABLE calls DROP CONSTRAINT fk_calls_import_batches_import_batch_id;
ALTER TABLE calls DROP CONSTRAINT fk_calls_vendors_vendor_id;

-- Indexes EF Core made only because of those keys. Calls of an agent are read through
-- (vendor_id, agent_id, started_at); an import reports the months it touched itself.
DROP INDEX ix_calls_agent_id;
DROP INDEX ix_calls_import_batch_id;

-- The platform's id is compared byte for byte: the unique index checked on every insert is then
-- cheaper than under the database's locale. Equality, hence uniqueness, is unchanged.
ALTER TABLE calls ALTER COLUMN external_id TYPE character varying(128) COLLATE "C";

-- Repeat contacts look a caller's hash up by equality: a hash index does that at a fraction of the
-- insert cost of a b-tree on random 32-byte keys.
DROP INDEX ix_calls_vendor_id_caller_hash_started_at;
CREATE INDEX ix_calls_caller_hash ON calls USING hash (caller_hash);

-- Deleting a vendor still deletes its calls, as the cascading key did: once per statement, at no
-- cost to imports.
CREATE FUNCTION delete_calls_of_deleted_vendors() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM calls c USING deleted_vendors d WHERE c.vendor_id = d.id;
    RETURN NULL;
END
$$;
CREATE TRIGGER vendors_delete_their_calls AFTER DELETE ON vendors
    REFERENCING OLD TABLE AS deleted_vendors
    FOR EACH STATEMENT EXECUTE FUNCTION delete_calls_of_deleted_vendors();
