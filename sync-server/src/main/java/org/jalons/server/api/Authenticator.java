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
        return devices.authenticate(token(ctx));
    }

    /** The bearer token as sent, or null; for the one route that checks it on its own (a wiped device's word). */
    String token(Context ctx) {
        String header = ctx.header("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? header.substring(7).strip()
                : null;
    }
}
