-- Store version 27: the words a person shares with the structure (a note of theirs or their check-in's comment),
-- re-read with the counsellor before supervisors read them without any name, and withdrawn by the person.
CREATE TABLE SHARED_WORD (
    ID UUID PRIMARY KEY, BENEFICIARY_ID UUID NOT NULL,
    VERSION BIGINT DEFAULT 0 NOT NULL, DELETED BOOLEAN DEFAULT FALSE NOT NULL, UPDATED_AT TIMESTAMP WITH TIME ZONE NOT NULL,
    RECORD_ID UUID,
    GOAL_ID UUID,
    SHARED_AT TIMESTAMP(9) WITH TIME ZONE,
    REREAD_AT TIMESTAMP(9) WITH TIME ZONE,
    WITHDRAWN_AT TIMESTAMP(9) WITH TIME ZONE
);
CREATE INDEX SHARED_WORD_BENEFICIARY ON SHARED_WORD(BENEFICIARY_ID);
