package org.jalons.server.model;

import java.time.Instant;

/** A user account as an admin lists it: deactivated ones included, with the time they were. */
public record Account(User user, Instant deactivatedAt) {}
