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

    /** The server's history id this phone synced with (PROTOCOL.md, "A server restored from a backup"). */
    static final String HISTORY = "sync.history";

    /** Set when the server was found restored, until the kept sent changes went to it again. */
    static final String RESEND = "sync.resendAfterRestore";

    /** What the last recovery from a restore did, for the status: "instant|sent again|refused". */
    static final String RESTORE_NOTICE = "sync.restoreNotice";

    private SyncKeys() {}
}
