DROP TABLE data_protection_keys;
