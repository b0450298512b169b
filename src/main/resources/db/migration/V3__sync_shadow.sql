-- Sync bookkeeping, version 3 (V2 belongs to the training evidence migration).

-- The server's latest state of a record that still has pending local changes (DESIGN.md invariant 7: a pull never
-- overwrites such a record). Kept until the last pending change is acknowledged: if the shadow is at least as new
-- as that acknowledgement it already holds our change, merged by the server, and replaces the local row.
CREATE TABLE SYNC_SHADOW (
    RECORD_ID      UUID PRIMARY KEY,
    KIND           VARCHAR(40) NOT NULL,
    BENEFICIARY_ID UUID NOT NULL,
    VERSION        BIGINT NOT NULL,
    DELETED        BOOLEAN NOT NULL,
    FIELDS         VARCHAR(1000000) NOT NULL
);
CREATE INDEX SYNC_SHADOW_BENEFICIARY ON SYNC_SHADOW(BENEFICIARY_ID);

-- The beneficiaries this device holds data for, with the signature of the sensitive categories it may see for them
-- (the pull response's scope). SIGNATURE '?' = taken from a full snapshot, to be read from the next pull;
-- '!refetch' = fetch the beneficiary's snapshot again at the next pull (after a refused change).
CREATE TABLE SYNC_SCOPE (
    BENEFICIARY_ID UUID PRIMARY KEY,
    SIGNATURE      VARCHAR(400) NOT NULL
);
