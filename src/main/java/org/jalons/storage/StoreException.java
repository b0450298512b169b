package org.jalons.storage;

/** A technical failure of the local store; the UI shows it in plain words and logs the cause. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
