-- Write rights: a person may edit and delete the trainings they declared themself; who created a record is read
-- from its CREATE entry in the audit log, found by record id (asked only for such edits, never on a hot path).
create index audit_log_record on audit_log (record_id);
