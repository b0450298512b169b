package org.jalons.server.store;

/** The server's database cannot be opened as configured: a one-line reason for the operator, no stack trace. */
public final class CannotOpenDatabase extends RuntimeException {

    private final boolean databaseInUse;

    public CannotOpenDatabase(String message) {
        this(message, false);
    }

    CannotOpenDatabase(String message, boolean databaseInUse) {
        super(message, null, false, false);
        this.databaseInUse = databaseInUse;
    }

    /** The H2 file is held by another process (a running server). */
    public boolean databaseInUse() {
        return databaseInUse;
    }
}
