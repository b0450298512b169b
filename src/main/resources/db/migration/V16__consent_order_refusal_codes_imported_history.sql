-- Store version 16: consent order, refusal codes, history brought by an import. Local to the phone, never synced.

-- The consent in force is the latest one the server received (its seq), then this phone's own not yet acknowledged,
-- in outbox order: never the phones' clocks (recordedAt). SERVER_SEQ is the seq the server gave the consent (pull,
-- snapshot or the push's acknowledgement); null until then. Consents pulled before this version have none yet: their
-- people are fetched again at the next pull (signature '!refetch'), which brings it.
ALTER TABLE CONSENT ADD COLUMN SERVER_SEQ BIGINT;
UPDATE SYNC_SCOPE SET SIGNATURE = '!refetch'
WHERE BENEFICIARY_ID IN (SELECT BENEFICIARY_ID FROM CONSENT WHERE VERSION > 0);

-- The stable code of a refused change (forbidden_write, consent_missing, clock_skew...), so that the person reads
-- why in plain words; null for refusals made before this version and for those the phone makes itself.
ALTER TABLE OUTBOX ADD COLUMN REJECT_ERROR VARCHAR(40);

-- Records an import brought from another structure that this phone's account may not write (e.g. the person's own
-- ratings on a counsellor's phone): kept as that structure's history, read-only, never queued for sync, and never
-- removed by a snapshot (they are not on this organisation's server).
CREATE TABLE IMPORTED_HISTORY (
    RECORD_ID      UUID PRIMARY KEY,
    KIND           VARCHAR(40) NOT NULL,
    BENEFICIARY_ID UUID NOT NULL
);
CREATE INDEX IMPORTED_HISTORY_BENEFICIARY ON IMPORTED_HISTORY(BENEFICIARY_ID);
