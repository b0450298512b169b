package org.jalons.server.service;

import java.time.Instant;

/** A one-time code a device types or scans to pair, valid until {@code expiresAt}. */
public record PairingCode(String code, Instant expiresAt) {}
