-- Store version 29: the third voice. Observations at work by the work supervisors (encadrement technique): the day,
-- the team, the skills observed, a 0–10 rating, a comment, and the person's answer; the work team a person works in;
-- who declared a training (written by the server: the person's own trainings are theirs to edit).
CREATE TABLE WORK_OBSERVATION (
    ID UUID PRIMARY KEY, BENEFICIARY_ID UUID NOT NULL,
    VERSION BIGINT DEFAULT 0 NOT NULL, DELETED BOOLEAN DEFAULT FALSE NOT NULL, UPDATED_AT TIMESTAMP WITH TIME ZONE NOT NULL,
    OBSERVED_ON DATE,
    WORK_TEAM VARCHAR(120),
    SKILLS VARCHAR(16000),
    RATING INTEGER,
    "COMMENT" VARCHAR(2000),
    OBSERVED_BY VARCHAR(120),
    ANSWER VARCHAR(2000),
    ANSWERED_AT TIMESTAMP(9) WITH TIME ZONE
);
CREATE INDEX WORK_OBSERVATION_BENEFICIARY ON WORK_OBSERVATION(BENEFICIARY_ID);
ALTER TABLE BENEFICIARY ADD COLUMN WORK_TEAM VARCHAR(120);
ALTER TABLE TRAINING ADD COLUMN DECLARED_BY VARCHAR(40);
