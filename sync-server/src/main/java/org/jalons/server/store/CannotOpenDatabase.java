package org.jalons.server.store;

/** The server's database cannot be opened as configured: a one-line reason for the operator, no stack trace. */
public final class CannotOpenDatabase extends RuntimeException {

    CannotOpenDatabase(String message) {
        super(message, null, false, false);
    }
}
