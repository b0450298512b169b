-- Evidence of a training (a photo of a certificate), version 5. Training has no evidence reference yet (the storage
-- branch adds one in V2): until then the link lives here, local to this device and never synced. FILE_NAME is
-- relative to the app's private folder (e.g. evidence/<training id>.jpg), never an absolute path.
CREATE TABLE TRAINING_EVIDENCE (
    TRAINING_ID UUID PRIMARY KEY,
    FILE_NAME   VARCHAR(260) NOT NULL,
    ADDED_AT    TIMESTAMP WITH TIME ZONE NOT NULL
);
