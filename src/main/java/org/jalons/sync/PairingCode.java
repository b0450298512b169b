package org.jalons.sync;

import java.time.Instant;

/** A one-time code that pairs another person's phone, valid until {@code expiresAt} (10 minutes). */
public record PairingCode(String code, Instant expiresAt) {}
