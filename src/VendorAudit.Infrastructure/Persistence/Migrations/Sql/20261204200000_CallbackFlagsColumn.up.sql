-- Detection reads three callback facts of every call of a vendor's month. Taken out of the details document
-- they were two thirds of the database's work on that read; importers now write them as one smallint of
-- flags (1 requested, 2 made, 4 the call is an outbound callback), and the calls already stored get theirs here.
ALTER TABLE calls ADD COLUMN callback_flags smallint NOT NULL DEFAULT 0;
UPDATE calls
   SET callback_flags = (CASE WHEN details ->> 'CallbackRequested' = 'true' THEN 1 ELSE 0 END)
                      | (CASE WHEN details ->> 'CallbackMade' = 'true' THEN 2 ELSE 0 END)
                      | (CASE WHEN upper(details ->> 'InitiationMethod') = 'CALLBACK' THEN 4 ELSE 0 END)
 WHERE details ->> 'CallbackRequested' = 'true' OR details ->> 'CallbackMade' = 'true'
    OR upper(details ->> 'InitiationMethod') = 'CALLBACK';
-- Every writer sets the column; a default would hide one that forgot.
ALTER TABLE calls ALTER COLUMN callback_flags DROP DEFAULT;
