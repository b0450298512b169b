-- Store version 19: how a counsellor is shown to the people they support. On a counsellor's phone, their own
-- profile (one row), saved at once and sent at the next sync: REVISION counts the saves, SENT_REVISION is the last
-- one the server took, so a save made while a send was on its way is sent again. On a person's phone, the profiles
-- of their counsellors as the server last gave them (replaced at each sync). Sizes are the protocol's
-- (Wire.CounsellorProfile.DISPLAY_NAME_MAX, RecordSchema.PHONE_MAX).
CREATE TABLE OWN_COUNSELLOR_PROFILE (
    SINGLETON      INT PRIMARY KEY CHECK (SINGLETON = 1),
    DISPLAY_NAME   VARCHAR(60) NOT NULL,
    ADDRESS_FORM   VARCHAR(16) NOT NULL,
    WORK_PHONE     VARCHAR(40),
    REVISION       BIGINT NOT NULL,
    SENT_REVISION  BIGINT DEFAULT 0 NOT NULL
);

CREATE TABLE MY_COUNSELLOR (
    COUNSELLOR_ID  UUID PRIMARY KEY,
    POSITION       INT NOT NULL,
    DISPLAY_NAME   VARCHAR(60) NOT NULL,
    ADDRESS_FORM   VARCHAR(16) NOT NULL,
    WORK_PHONE     VARCHAR(40)
);
