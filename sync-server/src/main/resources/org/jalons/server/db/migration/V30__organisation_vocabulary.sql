-- The organisation's own terms: its sites and its goal themes (issue #16). A term has a stable code the server
-- makes (the row key of the statistics), a label, and optionally an easy-read label. A term merged into another
-- keeps its row (state MERGED, merged_into): what was counted under it is counted under the other one.
create table org_term (
    organisation_id  uuid not null references organisation (id),
    kind             varchar(16) not null,     -- SITE or GOAL_THEME
    code             varchar(16) not null,
    label            varchar(120) not null,
    easy_label       varchar(120),
    state            varchar(16) not null,     -- ACTIVE, RETIRED or MERGED
    merged_into      varchar(16),
    created_by       uuid,
    created_at       timestamp with time zone not null,
    updated_by       uuid,
    updated_at       timestamp with time zone not null,
    primary key (organisation_id, code)
);

-- The texts counted as a term: its labels past and present, and the free texts an admin adopted or merged into it.
-- A goal theme written custom:<text> counts under the term of <text>; records themselves are never rewritten.
create table org_term_alias (
    organisation_id  uuid not null references organisation (id),
    kind             varchar(16) not null,
    text             varchar(120) not null,
    code             varchar(16) not null,
    is_label         boolean not null,          -- a label an admin gave (sent to devices), not a free text merged in
    added_by         uuid,
    added_at         timestamp with time zone not null,
    primary key (organisation_id, kind, text)
);

-- The theme a goal was written with, so that its statistics theme (agg_goal.theme) can be worked out again when
-- the organisation's terms change. Before this version, the theme was stored as written.
alter table agg_goal add column wire_theme varchar(140);
update agg_goal set wire_theme = theme;
