-- A person erased from the organisation, on request or when the retention time after their support ended: only
-- the id, when, by whom and why. It is what refuses a phone that was offline during the erasure when it sends
-- changes about that person (their file must not come back); nothing else of the person is kept.
create table erased_person (
    organisation_id  uuid not null references organisation (id),
    beneficiary_id   uuid not null,
    erased_at        timestamp with time zone not null,
    erased_by        uuid,
    reason           varchar(16) not null,
    primary key (organisation_id, beneficiary_id)
);

-- How long a person's file stays once their support ended, in months (sync-server/README.md, "Right of access, erasure and retention": why 24).
alter table organisation add column retention_months integer default 24 not null;

-- The admin is told who will be erased before it happens: a person is erased automatically only when their
-- notice was given (listed to the admin) at least the notice period before. Dropped when their support resumes.
create table retention_notice (
    organisation_id  uuid not null references organisation (id),
    beneficiary_id   uuid not null,
    noticed_at       timestamp with time zone not null,
    erase_on         date not null,
    primary key (organisation_id, beneficiary_id)
);
