-- How a counsellor is shown to the people they support (PUT /api/v1/me/profile, GET /api/v1/me/counsellors): the
-- name they chose (not the account's name, which the organisation sets), the form of address of the texts
-- (feminine, masculine, neutral) and an optional work phone to call or text. One row per counsellor who set it.
create table counsellor_profile (
    user_id       uuid primary key references app_user (id),
    display_name  varchar(60) not null,
    address_form  varchar(16) not null,
    work_phone    varchar(40),
    updated_at    timestamp with time zone not null
);
