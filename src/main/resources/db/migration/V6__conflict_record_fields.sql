-- A conflict between a delete and an edit carries the whole record as it would be kept (PROTOCOL.md, push:
-- "Delete against edit"), so that "keep the record" works on any phone, including the one that deleted it.
ALTER TABLE SYNC_CONFLICT ADD COLUMN RECORD_FIELDS VARCHAR(200000);
