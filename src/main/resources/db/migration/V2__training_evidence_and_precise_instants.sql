-- Jalons local store, version 2.

-- A training may point at the photo of its certificate (the picture stays in the app's private storage).
ALTER TABLE TRAINING ADD COLUMN EVIDENCE_REF VARCHAR(500);

-- Instants keep the nanoseconds the device gave them: with the default precision (microseconds, rounded)
-- a record read back differed from the one written, and saving it again sent a change nobody made.
ALTER TABLE CHECK_IN ALTER COLUMN RATED_AT SET DATA TYPE TIMESTAMP(9) WITH TIME ZONE;
ALTER TABLE QUESTIONNAIRE_RESPONSE ALTER COLUMN ANSWERED_AT SET DATA TYPE TIMESTAMP(9) WITH TIME ZONE;
ALTER TABLE INTERVIEW ALTER COLUMN NEXT_APPOINTMENT SET DATA TYPE TIMESTAMP(9) WITH TIME ZONE;
ALTER TABLE NOTE ALTER COLUMN WRITTEN_AT SET DATA TYPE TIMESTAMP(9) WITH TIME ZONE;
ALTER TABLE CONSENT ALTER COLUMN RECORDED_AT SET DATA TYPE TIMESTAMP(9) WITH TIME ZONE;
ALTER TABLE OUTBOX ALTER COLUMN CREATED_AT SET DATA TYPE TIMESTAMP(9) WITH TIME ZONE;

-- Room for the longest list of eligibility criteria the domain accepts (20 entries, custom ones included).
ALTER TABLE BENEFICIARY ALTER COLUMN ELIGIBILITY SET DATA TYPE VARCHAR(16000);

-- The caseload shows "not synced yet" per person: without this index each row scanned the whole outbox.
CREATE INDEX OUTBOX_BENEFICIARY ON OUTBOX(BENEFICIARY_ID, STATE);
