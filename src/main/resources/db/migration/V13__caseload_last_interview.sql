-- Caseload digest, version 13: each person's latest interview date, kept up to date on write by a row trigger on
-- INTERVIEW (org.jalons.storage.InterviewDigest), so that it follows every way an interview arrives or leaves, like
-- the V10 digest of check-ins. Right after an unlock none of the store's pages are in memory: finding the latest date
-- of 500 people in the (BENEFICIARY_ID, DATE) index read and decrypted every entry of it (47 ms on the benchmark
-- store, 500 people with two years of history); this table holds 500 rows. Local to the phone, never synced; filled
-- from INTERVIEW here.
CREATE TABLE CASELOAD_LAST_INTERVIEW (
    BENEFICIARY_ID UUID PRIMARY KEY,
    LAST_DATE      DATE NOT NULL
);

INSERT INTO CASELOAD_LAST_INTERVIEW (BENEFICIARY_ID, LAST_DATE)
SELECT BENEFICIARY_ID, MAX("DATE") FROM INTERVIEW WHERE "DATE" IS NOT NULL GROUP BY BENEFICIARY_ID;

CREATE TRIGGER INTERVIEW_DIGEST AFTER INSERT, UPDATE, DELETE ON INTERVIEW FOR EACH ROW
    CALL 'org.jalons.storage.InterviewDigest';

-- GOAL_BENEFICIARY (BENEFICIARY_ID) begins GOAL_BENEFICIARY_STATUS (V7), which serves every read it served.
DROP INDEX GOAL_BENEFICIARY;
