package org.jalons.server.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jalons.server.model.DeviceListing;
import org.jalons.server.model.Principal;
import org.jalons.server.model.Refusal;
import org.jalons.server.model.Role;
import org.jalons.server.store.AuditLog;
import org.jalons.server.store.Database;
import org.jalons.server.store.DeviceStore;
import org.jalons.server.store.Stores;

/** Device tokens: authenticating requests, listing, revoking and remotely wiping devices. */
public final class Devices {

    /** A device's last contact is written at most this often: one small update a minute, not one per request. */
    static final Duration CONTACT_GRAIN = Duration.ofMinutes(1);

    private final Database db;
    private final Stores stores;
    private final Clock clock;

    public Devices(Database db, Stores stores, Clock clock) {
        this.db = db;
        this.stores = stores;
        this.clock = clock;
    }

    /**
     * The principal behind a bearer token; unknown, revoked and deactivated are refused alike. A device asked to wipe
     * itself gets {@code 410 wipe_requested} instead, whatever it asked.
     */
    public Principal authenticate(String token) {
        DeviceStore.TokenHolder holder = contact(token);
        if (holder.device().wipePending()) {
            throw new Refusal(
                    Refusal.Reason.GONE,
                    "wipe_requested",
                    "This device was asked to erase everything it holds. Erase it, then confirm with POST"
                            + " /api/v1/devices/me/wiped.");
        }
        if (holder.device().revokedAt() != null || holder.deactivatedAt() != null) {
            throw unauthorized();
        }
        return holder.principal();
    }

    /** {@code POST /api/v1/devices/me/wiped}: the one request a device asked to wipe itself may still make. */
    public void confirmWiped(String token) {
        DeviceStore.TokenHolder holder = contact(token);
        if (!holder.device().wipePending()) {
            if (holder.device().revokedAt() != null || holder.deactivatedAt() != null) {
                throw unauthorized();
            }
            throw Refusal.notFound(); // a working device was asked nothing
        }
        Principal device = holder.principal();
        db.inTransaction(c -> {
            if (stores.devices().confirmWiped(c, device.deviceId(), clock.instant())) {
                audit(c, device, "DEVICE_WIPED", device.deviceId());
            }
            return null;
        });
    }

    /**
     * An admin sees every device of the organisation; a counsellor their own and those of the people of their
     * caseload; anyone else their own.
     */
    public List<DeviceListing> list(Principal principal) {
        return db.inTransaction(c -> switch (principal.role()) {
            case ADMIN -> stores.devices().listByOrganisation(c, principal.organisationId());
            case COUNSELLOR -> stores.devices().listForCounsellor(c, principal.organisationId(), principal.userId());
            default -> stores.devices().listByUser(c, principal.userId());
        });
    }

    /**
     * Own device, the devices of the caseload's people (counsellor), any device of the organisation (admin);
     * anything else is not found.
     */
    public void revoke(Principal principal, UUID deviceId) {
        db.inTransaction(c -> {
            DeviceListing device = reachable(c, principal, deviceId);
            stores.devices().revoke(c, device.device().id(), clock.instant());
            audit(c, principal, "REVOKE_DEVICE", device.device().id());
            return null;
        });
    }

    /**
     * A lost phone: revoked, and asked to erase everything at its next contact. Admin: any device of the
     * organisation; counsellor: their own and their caseload's people's; anyone else: not found. Asked again, the
     * first request stands (time and author) and nothing is logged twice.
     */
    public DeviceListing requestWipe(Principal principal, UUID deviceId) {
        if (principal.role() != Role.ADMIN && principal.role() != Role.COUNSELLOR) {
            throw Refusal.notFound();
        }
        return db.inTransaction(c -> {
            DeviceListing device = reachable(c, principal, deviceId);
            if (device.device().wipeRequestedAt() == null) {
                stores.devices().requestWipe(c, deviceId, clock.instant(), principal.userId());
                audit(c, principal, "REQUEST_WIPE", deviceId);
            }
            return stores.devices()
                    .find(c, principal.organisationId(), deviceId)
                    .orElseThrow();
        });
    }

    /** The device if {@code principal} may act on it, else the "not found" of an unknown id. */
    private DeviceListing reachable(Connection c, Principal principal, UUID deviceId) throws SQLException {
        DeviceListing device =
                stores.devices().find(c, principal.organisationId(), deviceId).orElseThrow(Refusal::notFound);
        boolean own = device.device().userId().equals(principal.userId());
        boolean allowed = switch (principal.role()) {
            case ADMIN -> true;
            case COUNSELLOR ->
                own
                        || (device.owner().role() == Role.BENEFICIARY
                                && stores.caseloads()
                                        .contains(
                                                c,
                                                principal.userId(),
                                                device.owner().beneficiaryId()));
            default -> own;
        };
        if (!allowed) {
            throw Refusal.notFound();
        }
        return device;
    }

    /** The device behind the token, its last contact noted (at most once a minute); unknown tokens are refused. */
    private DeviceStore.TokenHolder contact(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            throw unauthorized();
        }
        DeviceStore.TokenHolder holder = db.inTransaction(c -> {
            var found = stores.devices().findByTokenHash(c, Tokens.hash(token));
            if (found.isEmpty()) {
                return null;
            }
            var device = found.get().device();
            Instant now = clock.instant();
            Instant notBefore = now.minus(CONTACT_GRAIN);
            boolean mayAct = device.wipePending() || device.revokedAt() == null;
            if (mayAct
                    && (device.lastContactAt() == null || device.lastContactAt().isBefore(notBefore))) {
                stores.devices().noteContact(c, device.id(), now, notBefore);
            }
            return found.get();
        });
        if (holder == null) {
            throw unauthorized();
        }
        return holder;
    }

    private void audit(Connection c, Principal actor, String action, UUID deviceId) throws SQLException {
        stores.audit()
                .append(
                        c,
                        actor.organisationId(),
                        new AuditLog.Entry(
                                actor.userId(),
                                actor.deviceId(),
                                clock.instant(),
                                action,
                                "device",
                                deviceId,
                                null,
                                null));
    }

    private static Refusal unauthorized() {
        return new Refusal(
                Refusal.Reason.UNAUTHORIZED,
                "unauthorized",
                "This device is not paired, or its pairing was revoked. Pair it again.");
    }
}
