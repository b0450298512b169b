package org.jalons.server.store;

import java.sql.SQLException;

/** A database failure that is not the client's fault (logged, answered 500). */
public final class StoreException extends RuntimeException {
    public StoreException(SQLException cause) {
        super(cause.getMessage(), cause);
    }
}
