-- Caseload digest, version 10: what the caseload list needs from the check-ins, kept up to date on write.
-- Reading every check-in (72,000 for 500 people followed two years) took most of the time the caseload screen needs
-- to open. The two tables below are maintained by a row trigger on CHECK_IN (org.jalons.storage.CheckInDigest), so
-- they follow every way a check-in arrives or leaves: the person's own writes, pulls, snapshots, imports, re-keying,
-- scope eviction. Local to the phone, never synced; rebuilt from CHECK_IN by this migration.

-- The latest rating of each person by each rater; at equal instants, the highest.
CREATE TABLE CASELOAD_RATING (
    BENEFICIARY_ID UUID NOT NULL,
    RATER          VARCHAR(40) NOT NULL,
    RATED_AT       TIMESTAMP WITH TIME ZONE NOT NULL,
    RATING         INT,
    PRIMARY KEY (BENEFICIARY_ID, RATER)
);

-- The latest two self ratings of each goal, to tell a falling confidence: by instant (a check-in without one comes
-- last), then by id (ids are time-ordered: at the same instant, the one made later).
CREATE TABLE GOAL_SELF_TREND (
    GOAL_ID     UUID PRIMARY KEY,
    LAST_ID     UUID NOT NULL,
    LAST_AT     TIMESTAMP WITH TIME ZONE,
    LAST_RATING INT,
    PREV_ID     UUID,
    PREV_AT     TIMESTAMP WITH TIME ZONE,
    PREV_RATING INT
);

INSERT INTO CASELOAD_RATING (BENEFICIARY_ID, RATER, RATED_AT, RATING)
SELECT c.BENEFICIARY_ID, c.RATER, c.RATED_AT, MAX(c.RATING) FROM CHECK_IN c
WHERE c.RATER IN ('BENEFICIARY', 'COUNSELLOR') AND c.RATED_AT = (SELECT MAX(l.RATED_AT) FROM CHECK_IN l
      WHERE l.BENEFICIARY_ID = c.BENEFICIARY_ID AND l.RATER = c.RATER)
GROUP BY c.BENEFICIARY_ID, c.RATER, c.RATED_AT;

INSERT INTO GOAL_SELF_TREND (GOAL_ID, LAST_ID, LAST_AT, LAST_RATING, PREV_ID, PREV_AT, PREV_RATING)
SELECT GOAL_ID, MAX(CASE WHEN RN = 1 THEN ID END), MAX(CASE WHEN RN = 1 THEN RATED_AT END),
       MAX(CASE WHEN RN = 1 THEN RATING END), MAX(CASE WHEN RN = 2 THEN ID END),
       MAX(CASE WHEN RN = 2 THEN RATED_AT END), MAX(CASE WHEN RN = 2 THEN RATING END)
FROM (SELECT GOAL_ID, ID, RATED_AT, RATING,
             ROW_NUMBER() OVER (PARTITION BY GOAL_ID ORDER BY RATED_AT DESC NULLS LAST, ID DESC) AS RN
      FROM CHECK_IN WHERE RATER = 'BENEFICIARY' AND GOAL_ID IS NOT NULL) t
WHERE RN <= 2
GROUP BY GOAL_ID;

CREATE TRIGGER CHECK_IN_DIGEST AFTER INSERT, UPDATE, DELETE ON CHECK_IN FOR EACH ROW
    CALL 'org.jalons.storage.CheckInDigest';

-- Upcoming appointments are read by date from now on, not by scanning every interview.
CREATE INDEX INTERVIEW_UPCOMING ON INTERVIEW(NEXT_APPOINTMENT, BENEFICIARY_ID);
