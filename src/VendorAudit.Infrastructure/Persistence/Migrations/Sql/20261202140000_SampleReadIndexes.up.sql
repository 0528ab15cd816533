-- A contract-review report quotes the latest auditors' comments on a vendor-month's random sample. Sorting
-- the month's scorecards with their answers cost more than the rest of the report (80 ms of a 270 ms render
-- on 100k scorecards); the commented cards' keys in a narrow partial index make it a few milliseconds.
CREATE INDEX ix_scorecards_random_commented ON scorecards (vendor_id) INCLUDE (sampled_call_id, submitted_at)
    WHERE sample_kind = 0 AND status <> 0 AND (answers ->> 'OverallComment') <> '';

-- A vendor-month's sample is read by vendor and period; the same index serves the vendor's foreign key.
CREATE INDEX ix_sampled_calls_vendor_id_period_start ON sampled_calls (vendor_id, period_start);
DROP INDEX ix_sampled_calls_vendor_id;
