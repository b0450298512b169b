package org.jalons.server.model;

import java.util.UUID;

/** Who is asking: the user behind an authenticated device token. */
public record Principal(User user, UUID deviceId) {

    public UUID userId() {
        return user.id();
    }

    public UUID organisationId() {
        return user.organisationId();
    }

    public Role role() {
        return user.role();
    }
}
