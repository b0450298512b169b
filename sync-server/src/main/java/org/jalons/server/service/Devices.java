package org.jalons.server.service;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jalons.server.model.Device;
import org.jalons.server.model.Principal;
import org.jalons.server.model.Refusal;
import org.jalons.server.model.Role;
import org.jalons.server.store.AuditLog;
import org.jalons.server.store.Database;
import org.jalons.server.store.Stores;

/** Device tokens: authenticating requests, listing and revoking devices. */
public final class Devices {

    private final Database db;
    private final Stores stores;
    private final Clock clock;

    public Devices(Database db, Stores stores, Clock clock) {
        this.db = db;
        this.stores = stores;
        this.clock = clock;
    }

    /** The principal behind a bearer token; unknown or revoked tokens are refused alike. */
    public Principal authenticate(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            throw unauthorized();
        }
        return db.inTransaction(c -> stores.devices().findActiveByTokenHash(c, Tokens.hash(token)))
                .orElseThrow(Devices::unauthorized);
    }

    /** Own devices; an admin sees every device of the organisation. */
    public List<Device> list(Principal principal) {
        return db.inTransaction(c -> principal.role() == Role.ADMIN
                ? stores.devices().listByOrganisation(c, principal.organisationId())
                : stores.devices().listByUser(c, principal.userId()));
    }

    /** Own device, or (admin) any device of the organisation; anything else is not found. */
    public void revoke(Principal principal, UUID deviceId) {
        db.inTransaction(c -> {
            Device device = stores.devices()
                    .find(c, principal.organisationId(), deviceId)
                    .filter(d -> principal.role() == Role.ADMIN || d.userId().equals(principal.userId()))
                    .orElseThrow(Refusal::notFound);
            stores.devices().revoke(c, device.id(), clock.instant());
            stores.audit()
                    .append(
                            c,
                            principal.organisationId(),
                            new AuditLog.Entry(
                                    principal.userId(),
                                    principal.deviceId(),
                                    clock.instant(),
                                    "REVOKE_DEVICE",
                                    "device",
                                    device.id(),
                                    null,
                                    null));
            return null;
        });
    }

    private static Refusal unauthorized() {
        return new Refusal(
                Refusal.Reason.UNAUTHORIZED,
                "unauthorized",
                "This device is not paired, or its pairing was revoked. Pair it again.");
    }
}
