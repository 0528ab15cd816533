-- Undoes the audit workflow migration.
DROP INDEX ix_scorecards_auditor_id_status;
DROP INDEX ix_scorecards_calibration_session_id_call_id_auditor_id;
DROP INDEX ix_scorecards_sampled_call_id;
ALTER TABLE scorecards DROP CONSTRAINT fk_scorecards_calibration_sessions_calibration_session_id, DROP CONSTRAINT fk_scorecards_sampled_calls_sampled_call_id;
ALTER TABLE scorecards DROP COLUMN sampled_call_id, DROP COLUMN calibration_session_id, DROP COLUMN updated_at, DROP COLUMN updated_by;
DROP TABLE scorecard_revisions;
DROP TABLE disputes;
DROP TABLE sampled_calls;
DROP TABLE call_transcripts;
DROP TABLE sampling_plans;
DROP TABLE scorecard_templates;
DROP TABLE calibration_sessions;
