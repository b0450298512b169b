-- Store version 20: on a supervisor's or admin's device, the organisation's counsellors as the server last listed
-- them (GET /api/v1/me/counsellors, replaced at each sync): the dashboard's "team member" filter shows their names
-- and sends their id. The size is the server's account name (app_user.display_name).
CREATE TABLE TEAM_COUNSELLOR (
    COUNSELLOR_ID  UUID PRIMARY KEY,
    POSITION       INT NOT NULL,
    DISPLAY_NAME   VARCHAR(120) NOT NULL
);
