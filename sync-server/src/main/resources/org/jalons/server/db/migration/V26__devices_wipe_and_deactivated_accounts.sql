-- Team and devices: what an admin sees of each device (its model, sent at pairing; its last contact, written at most
-- once a minute), a remote wipe asked for a lost phone (when, by whom) and its confirmation by the phone; and
-- accounts an admin deactivated (their devices are revoked, their pairing codes refused).
alter table device add column model varchar(120);
alter table device add column last_contact_at timestamp with time zone;
alter table device add column wipe_requested_at timestamp with time zone;
alter table device add column wipe_requested_by uuid references app_user (id);
alter table device add column wiped_at timestamp with time zone;
alter table app_user add column deactivated_at timestamp with time zone;
