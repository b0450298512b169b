-- sync_record had two indexes on its sequence number: unique on seq, and plain on (organisation_id, seq), which
-- every pull reads. Every pushed change wrote both. One unique index on (organisation_id, seq) serves the pulls and
-- still refuses a number given twice where it matters, within an organisation (a single counter row hands out the
-- numbers, under its lock, for all organisations).
create unique index sync_record_organisation_seq_unique on sync_record (organisation_id, seq);
drop index sync_record_organisation_seq;
drop index sync_record_seq;
