-- Interviews by person and month, as V5 did for barrier transitions.
-- An interview is an appended fact: when one arrives, SummaryRollups.appended asks where its person already counts
-- in the interview's year ("organisation_id = ? and beneficiary_id = ? and held_month between ? and ?"). With
-- default selectivities (a new or small table, and H2 keeps a pooled connection's first plan), H2 chose the month
-- index (organisation_id, held_month, ...) for that, which reads every interview of the organisation in the year,
-- over the index by person (FreshServerPlanTest). This index serves that query and every per-person one; the index
-- on (organisation_id, beneficiary_id) alone, which it begins, goes (IndexRedundancyTest).
create index agg_interview_person_month on agg_interview (organisation_id, beneficiary_id, held_month);
drop index agg_interview_beneficiary;
