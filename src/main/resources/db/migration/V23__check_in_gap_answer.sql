-- Store version 23: a visit's answer to "what makes us see things differently?", kept on both check-ins of a goal
-- once the person's and the counsellor's ratings are in. Size is the protocol's (RecordSchema.CHECK_IN gapAnswer).
ALTER TABLE CHECK_IN ADD COLUMN GAP_ANSWER VARCHAR(2000);
