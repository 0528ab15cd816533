-- A sample's scorecard belongs to its sample's month. The report's latest comments used to join a vendor-month's
-- thousands of sampled calls to their scorecards before taking five (15-90 ms on 100k scorecards, most of a
-- report's database time); with the month on the card they are the first entries of one partial index range.
ALTER TABLE scorecards ADD COLUMN sample_period_start date;
UPDATE scorecards s SET sample_period_start = sc.period_start FROM sampled_calls sc WHERE sc.id = s.sampled_call_id;

DROP INDEX ix_scorecards_random_commented;
CREATE INDEX ix_scorecards_random_commented ON scorecards (vendor_id, sample_period_start, submitted_at DESC, id DESC)
    WHERE sample_kind = 0 AND status <> 0 AND (answers ->> 'OverallComment') <> '';
