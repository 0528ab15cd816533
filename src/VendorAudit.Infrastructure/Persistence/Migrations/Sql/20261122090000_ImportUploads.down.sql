DROP TABLE IF EXISTS import_uploads;
