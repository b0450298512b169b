-- Goal steps, version 11 (V5 is not used; V10 is kept free for another change).
-- The day a step was done, beside the day it was planned for: both show in the file and in "Mon parcours".
ALTER TABLE GOAL_STEP ADD COLUMN DONE_DATE DATE;
