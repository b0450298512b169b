-- Summary roll-ups: pre-summed cells maintained on write, in the push transaction, next to the
-- fact tables of V2 (which stay the source of truth: a cell is always what its facts add up to).
-- The migration V3_1 (Java) fills them from the facts already there.
--
-- One row per (measure, span, period, level, site, counsellor, theme, row, bucket):
--   span    'M' calendar month, 'Q' calendar quarter, 'Y' calendar year (period = its first month,
--           year * 12 + month - 1); 'H', 'I', 'J' the same for histograms (kept apart: read with the
--           site filter, and for the whole period only, as they add up);
--           'P' people by exit month (period; 2147483647 while still in) and entry month (bucket);
--           'E' people by entry month; 'T' the custom goal themes in use (period 0).
--   level   0: one site and one counsellor (counsellor_id 00000000-... when the person has none),
--           1: one site, every counsellor (counsellor_id 00000000-...),
--           2: the whole organisation (site '', counsellor_id 00000000-...).
--           A person has one site and one counsellor, so level 1 and 2 are exact sums of level 0,
--           people included.
--   theme   '*' for every theme (exact distinct people across themes), else the training's goal theme.
--   row_key '*' for the total over the measure's rows (exact distinct people across rows).
--   bucket  the value of a histogram (ratings 0-10, questionnaire scores x 100), else 0.
--   events  facts counted; people: distinct people behind them in that period; sum1/sum2: hours,
--           goals with a comment.
-- Distinct people cannot be added up across months, hence the three spans: a month, a quarter or a
-- year is read from one cell; any other range is counted from the facts.
-- Portable SQL: H2 2.x and PostgreSQL 12+.
create table agg_cell (
    organisation_id   uuid not null,
    level             smallint not null,
    span              varchar(1) not null,
    period            integer not null,
    measure           varchar(24) not null,
    site              varchar(120) not null,
    counsellor_id     uuid not null,
    theme             varchar(140) not null,
    row_key           varchar(140) not null,
    bucket            integer not null,
    events            bigint not null,
    people            bigint not null,
    sum1              double precision not null,
    sum2              double precision not null,
    primary key (organisation_id, level, span, theme, period, measure, site, counsellor_id, row_key, bucket)
);
-- the cells of one site (or, site '', of the organisation level) over a range of periods, every theme
create index agg_cell_site on agg_cell (organisation_id, level, span, site, period);
