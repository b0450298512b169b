-- The words people share with the structure (issue #17): kept by the statistics projector, one row per shared word
-- that supervisors may read (shared, re-read with the counsellor, not withdrawn, NOTES_SHARED_SUPERVISOR granted).
-- The words, their counted goal theme ('' for none) and month; the person only as a key to count different people
-- and to follow their placement and statistics consent in agg_person. No name; no id here is ever answered.
create table agg_shared_word (
    organisation_id  uuid not null,
    shared_word_id   uuid not null,
    beneficiary_id   uuid not null,
    theme            varchar(140) not null,
    word_month       integer not null,
    words            varchar(4000) not null,
    primary key (organisation_id, shared_word_id)
);
create index agg_shared_word_person on agg_shared_word (organisation_id, beneficiary_id);
create index agg_shared_word_month on agg_shared_word (organisation_id, word_month);
