package org.jalons.sync;

import java.util.Locale;

/**
 * Why a sync did not complete, in words a counsellor understands (bundle org/jalons/sync/messages, French by
 * default, English). The technical cause goes to the log, never to the screen.
 */
public enum SyncProblem {
    /** No connection, or the server did not answer in time: nothing is lost, the next sync sends it. */
    NO_NETWORK,
    /** The device token is unknown or revoked: the phone must be paired again. */
    DEVICE_REVOKED,
    /** The server does not speak this app's protocol version: the app must be updated. */
    UNSUPPORTED_PROTOCOL,
    /** The server failed or is overloaded (5xx, 429) even after retries. */
    SERVER_UNAVAILABLE,
    /** The server refused a request for another reason, or answered something this app cannot read. */
    SERVER_REFUSED,
    /** This phone has not been paired with a server yet. */
    NOT_PAIRED,
    /** The pairing code is wrong, used or expired. */
    PAIRING_CODE_INVALID,
    /** Too many wrong pairing codes: wait a minute. */
    PAIRING_TOO_MANY_ATTEMPTS,
    /** Writing what was received to this phone's store failed: nothing was half-applied. */
    LOCAL_STORE,
    /**
     * The pairing code is another person's account, and this phone still has changes of the current account to
     * send: pairing is refused (nothing changed here) until they are sent or the phone is signed out.
     */
    PAIRING_OTHER_USER_PENDING,
    /**
     * The server address is not {@code https://} (nor this machine): nothing is sent, the token included. The
     * counsellor or the organisation must give the secure address and pair again.
     */
    SERVER_NOT_SECURE,
    /** The demo organisation is never paired: its made-up people must not reach a real organisation's server. */
    DEMO,
    /**
     * The organisation asked this phone to erase everything it holds (a lost phone): the app wipes its data,
     * confirms to the server and starts again from the first screen (DeviceRevocation#wipeAsRequested).
     */
    WIPE_REQUESTED;

    public String messageKey() {
        return "sync.problem." + name().toLowerCase(Locale.ROOT);
    }

    /** The sentence to show, in French unless the locale asks for English. */
    public String message(Locale locale) {
        return SyncMessages.text(messageKey(), locale);
    }
}
