-- Store version 21: the changes this phone sent that the server acknowledged, kept after they leave the outbox. A
-- server restored from a backup may have lost them: the phone then sends them again with their change ids, a no-op
-- where the server still has them (docs/PROTOCOL.md, "A server restored from a backup"). Kept 60 days and at most
-- 10,000 changes (SentChanges); the columns are the outbox's (CREATED_AT to the nanosecond: a change sent again must be
-- the same to the byte, or the server refuses its id as reused), ACKNOWLEDGED_SEQ the server's seq for it.
CREATE TABLE SENT_CHANGE (
    SEQ               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    CHANGE_ID         UUID NOT NULL UNIQUE,
    RECORD_ID         UUID NOT NULL,
    KIND              VARCHAR(40) NOT NULL,
    BENEFICIARY_ID    UUID NOT NULL,
    OP                VARCHAR(10) NOT NULL,
    BASE_VERSION      BIGINT NOT NULL,
    FIELDS            VARCHAR(1000000) NOT NULL,
    CREATED_AT        TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    AUTHOR_ID         UUID NOT NULL,
    ACKNOWLEDGED_SEQ  BIGINT,
    ACKNOWLEDGED_AT   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX SENT_CHANGE_ACKNOWLEDGED_AT ON SENT_CHANGE(ACKNOWLEDGED_AT);
CREATE INDEX SENT_CHANGE_BENEFICIARY ON SENT_CHANGE(BENEFICIARY_ID);
