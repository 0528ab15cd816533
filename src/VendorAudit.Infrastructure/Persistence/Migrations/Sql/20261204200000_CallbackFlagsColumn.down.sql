ALTER TABLE calls DROP COLUMN callback_flags;
