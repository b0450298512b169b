package org.jalons.server.support;

/** The two databases every storage and sync test runs against. */
public enum Backend {
    H2,
    POSTGRES
}
