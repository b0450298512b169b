package org.jalons.server.api;

import io.javalin.http.Context;
import org.jalons.server.model.Refusal;

/** Every request under /api/v1/ names protocol version 1; anything else is refused before any work. */
final class ProtocolHeader {

    static final String NAME = "Jalons-Protocol";

    private ProtocolHeader() {}

    static void require(Context ctx) {
        String version = ctx.header(NAME);
        if (version == null || !version.strip().equals("1")) {
            throw Refusal.invalid(
                    "unsupported_protocol",
                    "This server speaks sync protocol version 1: send the header Jalons-Protocol: 1.");
        }
    }
}
