DROP TABLE vendor_period_scores;
