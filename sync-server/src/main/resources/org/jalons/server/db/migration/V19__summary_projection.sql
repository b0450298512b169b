-- Statistics out of the push: the push appends one row per applied change to summary_change (the coded fields the
-- statistics read, never free text), and a projector folds those rows, in seq order, into the fact and roll-up
-- tables (V2, V3) from its own cursor per organisation (summary_projection). The lease columns make one projector
-- per organisation at a time among several server instances.
create table summary_change (
    organisation_id  uuid not null,
    seq              bigint not null,
    record_id        uuid not null,
    kind             varchar(40) not null,
    beneficiary_id   uuid not null,
    action           varchar(8) not null,       -- CREATE, UPDATE, DELETE, REVIVE
    deleted          boolean not null,
    user_id          uuid not null,             -- who pushed it
    user_role        varchar(16) not null,
    accepted_at      timestamp with time zone not null,
    fields           varchar(1000000) not null, -- JSON object: coded fields only (SummaryFields)
    primary key (organisation_id, seq)
);
create index summary_change_record on summary_change (organisation_id, record_id);

create table summary_projection (
    organisation_id  uuid primary key references organisation (id),
    projected_seq    bigint not null,           -- every change up to it is in the facts
    projected_at     timestamp with time zone,
    log_from_seq     bigint not null,           -- the first seq summary_change holds: a rebuild needs 1
    lease_holder     varchar(80),
    lease_until      timestamp with time zone
);
-- The facts of existing databases are up to date (the push wrote them): their cursor starts at the current seq, and
-- their change log starts empty for the past.
insert into summary_projection (organisation_id, projected_seq, log_from_seq)
select s.organisation_id, s.last_seq, s.last_seq + 1 from organisation_seq s;

-- The projector reads a barrier's latest status from its transitions instead of the record's previous version.
create index barrier_transition_barrier on barrier_transition (organisation_id, barrier_id, id);
