package org.jalons.sync;

/** Names of the values the sync layer keeps in SYNC_STATE (inside the encrypted store). */
final class SyncKeys {
    static final String SERVER_URL = "sync.serverUrl";
    static final String DEVICE_ID = "sync.deviceId";
    static final String TOKEN = "sync.deviceToken";
    static final String USER_ID = "sync.userId";
    static final String ROLE = "sync.role";
    static final String ORGANISATION_ID = "sync.organisationId";
    static final String DISPLAY_NAME = "sync.displayName";
    static final String BENEFICIARY_ID = "sync.beneficiaryId";
    /** The last server seq applied here: advances only in the transaction that applied the page. */
    static final String CURSOR = "sync.pullCursor";

    static final String LAST_SUCCESS = "sync.lastSuccess";

    private SyncKeys() {}
}
