-- "Has a comment" was `<> ''`, but EF Core writes the query's test as `IS NOT NULL AND (<> '' OR IS NULL)`, from which
-- PostgreSQL cannot prove the index's predicate: the report read a vendor-month's random cards from the heap instead
-- (200-400 ms from disk on 100k scorecards). `length(…) > 0` is what the query says, word for word.
DROP INDEX ix_scorecards_random_commented;
CREATE INDEX ix_scorecards_random_commented ON scorecards (vendor_id, sample_period_start, submitted_at DESC, id DESC)
    WHERE sample_kind = 0 AND status <> 0 AND length(answers ->> 'OverallComment') > 0;
