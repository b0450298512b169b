-- Store version 26: corrections of interviews and notes that keep the history. A correction is a new record of the
-- same kind whose AMENDS is the original's id; AMENDED_BY is the name the server wrote (sizes are the protocol's,
-- RecordSchema.INTERVIEW and NOTE); an interview's AMENDED_AT says when it was corrected (a note's WRITTEN_AT does).
ALTER TABLE INTERVIEW ADD COLUMN AMENDS UUID;
ALTER TABLE INTERVIEW ADD COLUMN AMENDED_AT TIMESTAMP(9) WITH TIME ZONE;
ALTER TABLE INTERVIEW ADD COLUMN AMENDED_BY VARCHAR(120);
CREATE INDEX INTERVIEW_AMENDS ON INTERVIEW(AMENDS);
ALTER TABLE NOTE ADD COLUMN AMENDS UUID;
ALTER TABLE NOTE ADD COLUMN AMENDED_BY VARCHAR(120);
