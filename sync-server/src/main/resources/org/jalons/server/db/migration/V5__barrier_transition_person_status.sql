-- A barrier transition that counts (BESOIN to POINT_APPUI) asks where its person already counts in the
-- fact's year (SummaryRollups.appended). With the index by person alone, that read every transition of
-- the person; this one goes straight to the person's counted transitions of the year.
create index barrier_transition_person_status
    on barrier_transition (organisation_id, beneficiary_id, from_status, to_status, changed_month);
