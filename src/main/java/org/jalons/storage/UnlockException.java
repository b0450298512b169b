package org.jalons.storage;

import java.time.Instant;

/** Why the store did not open, in terms the first-run and unlock screens can tell the person. */
public class UnlockException extends Exception {

    public enum Reason {
        /** The PIN does not match; nothing was touched. */
        WRONG_PIN,
        /** Too many wrong PINs: try again after {@link #retryAt()}. */
        LOCKED_OUT,
        /** The data file cannot be read with the right PIN: damaged or replaced. It is kept as it is. */
        CORRUPTED,
        /** The key file beside the store is not readable (the data file is untouched and kept). */
        KEY_FILE_DAMAGED,
        /** The data file is missing although the key file is there. */
        MISSING,
        /** Another Jalons window already has the store open. */
        IN_USE,
        /** No profile on this device yet. */
        NO_PROFILE
    }

    private final Reason reason;
    private final transient Instant retryAt;
    private final int attemptsBeforeDelay;

    public UnlockException(Reason reason, String message, Instant retryAt, int attemptsBeforeDelay, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.retryAt = retryAt;
        this.attemptsBeforeDelay = attemptsBeforeDelay;
    }

    public UnlockException(Reason reason, String message, Throwable cause) {
        this(reason, message, null, 0, cause);
    }

    public Reason reason() {
        return reason;
    }

    public Instant retryAt() {
        return retryAt;
    }

    /** Wrong PINs still allowed before a waiting time starts. */
    public int attemptsBeforeDelay() {
        return attemptsBeforeDelay;
    }
}
