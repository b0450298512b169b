-- Drafts of forms and flows in progress (a home visit, a goal being written): saved as the person types, so
-- nothing is lost when they navigate away, the phone locks or the app is killed. Local only, never synced.
CREATE TABLE DRAFT (
    DRAFT_KEY  VARCHAR(200) PRIMARY KEY,
    CONTENT    VARCHAR(1000000) NOT NULL,
    UPDATED_AT TIMESTAMP WITH TIME ZONE NOT NULL
);
