package org.jalons.server.model;

import java.time.Instant;
import java.util.UUID;

/**
 * A paired phone, tablet or desktop. Its token is known to the server only as a hash. {@code model} is what the device
 * said it is at pairing (may be null); {@code lastContactAt} is written at most once a minute; a remote wipe is asked
 * ({@code wipeRequestedAt}, {@code wipeRequestedBy}: the device is revoked then) and confirmed by the device
 * ({@code wipedAt}).
 */
public record Device(
        UUID id,
        UUID userId,
        String name,
        String model,
        Instant pairedAt,
        Instant revokedAt,
        Instant lastContactAt,
        Instant wipeRequestedAt,
        UUID wipeRequestedBy,
        Instant wipedAt) {

    /** A new device, as pairing makes it. */
    public static Device paired(UUID id, UUID userId, String name, String model, Instant pairedAt) {
        return new Device(id, userId, name, model, pairedAt, null, null, null, null, null);
    }

    /** Asked to wipe itself and has not confirmed yet: its next request is answered 410 wipe_requested. */
    public boolean wipePending() {
        return wipeRequestedAt != null && wipedAt == null;
    }
}
