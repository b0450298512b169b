-- Store version 31: the words said with a rating can be corrected (PROTOCOL.md, "Amendments"): a correction is a new
-- check-in naming its original, with the same goal, voice, rating and moment, written at AMENDED_AT; the server
-- writes who corrected it.
ALTER TABLE CHECK_IN ADD COLUMN AMENDS UUID;
ALTER TABLE CHECK_IN ADD COLUMN AMENDED_AT TIMESTAMP(9) WITH TIME ZONE;
ALTER TABLE CHECK_IN ADD COLUMN AMENDED_BY VARCHAR(120);
