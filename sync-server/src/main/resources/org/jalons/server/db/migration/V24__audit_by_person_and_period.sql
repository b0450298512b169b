-- The admin's audit viewer filters by person, user, device, action and period, newest first, a page at a time.
-- Each entry now names the person it concerns (null for accounts without a person, devices, the organisation),
-- filled when written; older entries get it from the record or the account they name.
alter table audit_log add column beneficiary_id uuid;

update audit_log set beneficiary_id = (
    select r.beneficiary_id from sync_record r
    where r.organisation_id = audit_log.organisation_id and r.id = audit_log.record_id)
where kind not in ('user', 'device', 'organisation', 'caseload');

update audit_log set beneficiary_id = record_id where kind = 'caseload';

update audit_log set beneficiary_id = (
    select u.beneficiary_id from app_user u where u.id = audit_log.record_id)
where kind = 'user';

-- one index per filter, each ending in the page order: a filtered page reads only its own rows
create index audit_log_period on audit_log (organisation_id, logged_at, id);
create index audit_log_person on audit_log (organisation_id, beneficiary_id, logged_at, id);
create index audit_log_user on audit_log (organisation_id, user_id, logged_at, id);
create index audit_log_device on audit_log (organisation_id, device_id, logged_at, id);
create index audit_log_action on audit_log (organisation_id, action, logged_at, id);
