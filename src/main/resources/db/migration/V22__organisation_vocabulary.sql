-- Store version 22: the organisation's sites and goal themes as the server last listed them (GET /api/v1/me/vocabulary,
-- replaced at each sync on every role's device). The goal-theme pickers and the site fields propose the active ones
-- first; a record written with any label a term had shows as the term's current label.
CREATE TABLE ORG_TERM (
    CODE        VARCHAR(16) PRIMARY KEY,
    KIND        VARCHAR(16) NOT NULL,
    POSITION    INT NOT NULL,
    LABEL       VARCHAR(120) NOT NULL,
    EASY_LABEL  VARCHAR(120),
    ACTIVE      BOOLEAN NOT NULL
);

CREATE TABLE ORG_TERM_LABEL (
    KIND   VARCHAR(16) NOT NULL,
    TEXT   VARCHAR(120) NOT NULL,
    CODE   VARCHAR(16) NOT NULL,
    PRIMARY KEY (KIND, TEXT)
);
