CREATE INDEX ix_sampled_calls_vendor_id ON sampled_calls (vendor_id);
DROP INDEX ix_sampled_calls_vendor_id_period_start;
DROP INDEX ix_scorecards_random_commented;
