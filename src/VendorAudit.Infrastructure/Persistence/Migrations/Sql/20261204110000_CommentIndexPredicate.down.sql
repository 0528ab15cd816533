DROP INDEX ix_scorecards_random_commented;
CREATE INDEX ix_scorecards_random_commented ON scorecards (vendor_id, sample_period_start, submitted_at DESC, id DESC)
    WHERE sample_kind = 0 AND status <> 0 AND (answers ->> 'OverallComment') <> '';
