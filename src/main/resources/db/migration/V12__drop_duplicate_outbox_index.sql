-- V2 indexed the outbox by (BENEFICIARY_ID, STATE) as OUTBOX_BENEFICIARY, and V7 made the same index again as
-- OUTBOX_BENEFICIARY_STATE: every change written, acknowledged or rejected updated both.
DROP INDEX IF EXISTS OUTBOX_BENEFICIARY_STATE;
