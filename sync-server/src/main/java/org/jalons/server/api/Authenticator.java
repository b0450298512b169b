package org.jalons.server.api;

import io.javalin.http.Context;
import org.jalons.server.model.Principal;
import org.jalons.server.service.Devices;

/** Turns {@code Authorization: Bearer <device token>} into the principal, on every request. */
final class Authenticator {

    private final Devices devices;

    Authenticator(Devices devices) {
        this.devices = devices;
    }

    Principal require(Context ctx) {
        String header = ctx.header("Authorization");
        String token = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? header.substring(7).strip()
                : null;
        return devices.authenticate(token);
    }
}
