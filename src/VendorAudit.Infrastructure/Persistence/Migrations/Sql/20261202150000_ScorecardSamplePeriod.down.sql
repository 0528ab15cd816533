DROP INDEX ix_scorecards_random_commented;
CREATE INDEX ix_scorecards_random_commented ON scorecards (vendor_id) INCLUDE (sampled_call_id, submitted_at)
    WHERE sample_kind = 0 AND status <> 0 AND (answers ->> 'OverallComment') <> '';
ALTER TABLE scorecards DROP COLUMN sample_period_start;
