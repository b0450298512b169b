-- Store version 30: who declared a training (the person or the counsellor), written by the server and set by the
-- phone that creates it, so that the person's phone knows offline which trainings they may still edit.
ALTER TABLE TRAINING ADD COLUMN DECLARED_BY VARCHAR(40);
