-- A person's site as written on the phone, next to the site their figures are counted under (issue #16): a site
-- text that is a label (present or past) or an adopted or merged text of one of the organisation's sites counts
-- under that site's label of today, so renaming or merging a site moves its people's figures with it. Until now
-- every site was counted as written.
alter table agg_person add column written_site varchar(120);
update agg_person set written_site = site;
