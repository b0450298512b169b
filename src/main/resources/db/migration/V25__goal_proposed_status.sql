-- Store version 25: the status a person proposes for a goal of their path ("je pense l’avoir atteint") and when they
-- proposed it; the counsellor confirms it (the goal's status becomes it) or talks it over, and it is cleared.
ALTER TABLE GOAL ADD COLUMN PROPOSED_STATUS VARCHAR(40);
ALTER TABLE GOAL ADD COLUMN PROPOSED_AT TIMESTAMP(9) WITH TIME ZONE;
