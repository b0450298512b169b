-- Caseload digest, version 14: how many changes of each person wait to be sent, kept up to date on write by a row
-- trigger on OUTBOX (org.jalons.storage.PendingDigest). The caseload's "not yet synced" marker probed the outbox
-- index once per person; right after an unlock, on a store with much unsent (the benchmark's 500 people, two years
-- of history never synced: 89,000 entries), that read and decrypted about one index page per person, 50-60 ms.
-- Local to the phone, never synced; filled from OUTBOX here. A person whose count is back to 0 keeps a row with 0.
CREATE TABLE OUTBOX_PENDING (
    BENEFICIARY_ID UUID PRIMARY KEY,
    N              INT NOT NULL
);

INSERT INTO OUTBOX_PENDING (BENEFICIARY_ID, N)
SELECT BENEFICIARY_ID, COUNT(*) FROM OUTBOX WHERE STATE = 'PENDING' GROUP BY BENEFICIARY_ID;

CREATE TRIGGER OUTBOX_PENDING_DIGEST AFTER INSERT, UPDATE, DELETE ON OUTBOX FOR EACH ROW
    CALL 'org.jalons.storage.PendingDigest';
