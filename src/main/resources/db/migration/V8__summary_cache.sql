-- The last supervisor summaries fetched from the server (aggregates only, never records), one per set of filters,
-- so that the dashboard works offline from the last synced figures and says how old they are. Local only.
CREATE TABLE SUMMARY_CACHE (
    QUERY_KEY  VARCHAR(1000) PRIMARY KEY,
    BODY       VARCHAR(4000000) NOT NULL,
    FETCHED_AT TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX SUMMARY_CACHE_FETCHED ON SUMMARY_CACHE (FETCHED_AT);
