-- Barrier transitions by person again (V6 dropped this index as a leading part of V5's).
-- H2 plans a statement with default selectivities until the table has been analysed (a new server, a small table),
-- and keeps the plan in the session's statement cache for as long as the pooled connection lives. With those
-- defaults it ranks an index by how many of its columns go unused: for "organisation_id = ? and beneficiary_id = ?"
-- the month index (organisation_id, changed_month) won over V5's five-column index, and every per-person read or
-- update of barrier_transition (a person's roll-up cells, a new placement, a consent) read all the transitions of
-- the organisation. On a server that started empty, a push of 10,000 records went from 2 to 4 seconds as the
-- table grew to 80,000 transitions. An index on exactly these two columns is chosen whatever the statistics
-- (PersonFactPlanTest).
create index barrier_transition_beneficiary on barrier_transition (organisation_id, beneficiary_id);
