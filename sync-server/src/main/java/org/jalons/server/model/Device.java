package org.jalons.server.model;

import java.time.Instant;
import java.util.UUID;

/** A paired phone, tablet or desktop. Its token is known to the server only as a hash. */
public record Device(UUID id, UUID userId, String name, Instant pairedAt, Instant revokedAt) {}
