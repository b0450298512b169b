-- (organisation_id, beneficiary_id) begins V5's barrier_transition_person_status index, which serves every read
-- it served; every barrier transition a push appends wrote both (IndexRedundancyTest).
drop index barrier_transition_beneficiary;
