-- Sequence numbers per organisation (invariant 5 held per organisation): one counter row each, so a push locks only
-- its own organisation's row and pushes of different organisations run in parallel, on one database or several
-- server instances. Cursors only ever compare seqs of one organisation (pulls name it; sync_record's unique index is
-- (organisation_id, seq)), so every counter starts at the old global value: each organisation's new numbers are
-- above every number it has served, and no device's cursor skips or repeats anything.
create table organisation_seq (
    organisation_id  uuid primary key references organisation (id),
    last_seq         bigint not null
);
insert into organisation_seq (organisation_id, last_seq)
select o.id, (select c.last_seq from sync_counter c where c.id = 1) from organisation o;
drop table sync_counter;
