-- Back to the keys and indexes of the initial schema. Re-adding the keys checks every call and
-- fails, rather than deleting anything, if one refers to a vendor, agent or batch that is gone.
DROP TRIGGER IF EXISTS vendors_delete_their_calls ON vendors;
DROP FUNCTION IF EXISTS delete_calls_of_deleted_vendors();

DROP INDEX IF EXISTS ix_calls_caller_hash;
CREATE INDEX ix_calls_vendor_id_caller_hash_started_at ON calls (vendor_id, caller_hash, started_at);

ALTER TABLE calls ALTER COLUMN external_id TYPE character varying(128) COLLATE "default";

CREATE INDEX ix_calls_agent_id ON calls (agent_id);
CREATE INDEX ix_calls_import_batch_id ON calls (import_batch_id);

ALTER TABLE calls ADD CONSTRAINT fk_calls_agents_agent_id FOREIGN KEY (agent_id) REFERENCES agents (id) ON DELETE RESTRICT;
ALTER TABLE calls ADD CONSTRAINT fk_calls_import_batches_import_batch_id FOREIGN KEY (import_batch_id) REFERENCES import_batches (id) ON DELETE SET NULL;
ALTER TABLE calls ADD CONSTRAINT fk_calls_vendors_vendor_id FOREIGN KEY (vendor_id) REFERENCES vendors (id) ON DELETE CASCADE;
