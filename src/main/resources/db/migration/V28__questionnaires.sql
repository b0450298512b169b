-- Store version 28: the organisation's questionnaires as the server last listed them (GET /api/v1/questionnaires,
-- replaced at each sync on every role's device): each published version's definition, as JSON, and whether the
-- questionnaire was retired. Until the first sync the bundled questionnaire is used.
CREATE TABLE QUESTIONNAIRE_VERSION (
    QUESTIONNAIRE_ID  VARCHAR(64) NOT NULL,
    VERSION           INT NOT NULL,
    DEFINITION        CLOB NOT NULL,
    RETIRED           BOOLEAN NOT NULL,
    PRIMARY KEY (QUESTIONNAIRE_ID, VERSION)
);
