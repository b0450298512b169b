-- Applied change ids become idempotency keys of the user who sent them: another user reusing an id is a new
-- change (a 409 told them the id existed). Keyed per user, not per device: a phone paired again as the same
-- user has a new device id and resends its outbox, which must stay DUPLICATE.
create table applied_change_by_user (
    organisation_id  uuid not null,
    user_id          uuid not null,
    change_id        uuid not null,
    content_hash     varchar(64) not null,
    result           varchar(20000) not null,
    applied_at       timestamp with time zone not null,
    primary key (organisation_id, user_id, change_id)
);

-- Every applied change wrote audit rows with its change id and user: they name the author of the rows already
-- stored. A row without any (none is expected) gets the nil user and is simply applied again if replayed.
create index audit_log_change_v13 on audit_log (organisation_id, change_id);
insert into applied_change_by_user (organisation_id, user_id, change_id, content_hash, result, applied_at)
select a.organisation_id,
       coalesce((select l.user_id from audit_log l
                 where l.organisation_id = a.organisation_id and l.change_id = a.change_id and l.user_id is not null
                 order by l.id limit 1),
                cast('00000000-0000-0000-0000-000000000000' as uuid)),
       a.change_id, a.content_hash, a.result, a.applied_at
from applied_change a;
drop index audit_log_change_v13;

drop table applied_change;
alter table applied_change_by_user rename to applied_change;
