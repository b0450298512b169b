package org.jalons.server.api;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jalons.server.model.Device;
import org.jalons.server.model.DeviceListing;
import org.jalons.server.service.Devices;

/**
 * GET /api/v1/devices, DELETE /api/v1/devices/{id}, POST /api/v1/devices/{id}/wipe and the wiped device's
 * confirmation, POST /api/v1/devices/me/wiped.
 */
final class DeviceController {

    private final Devices devices;
    private final Authenticator auth;

    DeviceController(Devices devices, Authenticator auth) {
        this.devices = devices;
        this.auth = auth;
    }

    void list(Context ctx) {
        var principal = auth.require(ctx);
        List<Map<String, Object>> list =
                devices.list(principal).stream().map(DeviceController::json).toList();
        Responses.json(ctx, 200, Map.of("devices", list));
    }

    void revoke(Context ctx) {
        var principal = auth.require(ctx);
        devices.revoke(principal, StrictObject.parseUuid(ctx.pathParam("id"), "id", "invalid_parameter"));
        ctx.status(204);
    }

    void requestWipe(Context ctx) {
        var principal = auth.require(ctx);
        DeviceListing device =
                devices.requestWipe(principal, StrictObject.parseUuid(ctx.pathParam("id"), "id", "invalid_parameter"));
        Responses.json(ctx, 200, json(device));
    }

    /** Authenticated apart: the one route the token of a device asked to wipe itself still opens. */
    void confirmWiped(Context ctx) {
        devices.confirmWiped(auth.token(ctx));
        ctx.status(204);
    }

    private static Map<String, Object> json(DeviceListing listing) {
        Device device = listing.device();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", device.id());
        json.put("userId", device.userId());
        json.put("ownerName", listing.owner().displayName());
        json.put("ownerRole", listing.owner().role().name());
        json.put("name", device.name());
        json.put("model", device.model());
        json.put("pairedAt", text(device.pairedAt()));
        json.put("lastContactAt", text(device.lastContactAt()));
        json.put("revokedAt", text(device.revokedAt()));
        json.put("wipeRequestedAt", text(device.wipeRequestedAt()));
        json.put("wipeRequestedBy", device.wipeRequestedBy());
        json.put("wipedAt", text(device.wipedAt()));
        json.put("state", state(device));
        return json;
    }

    /** One word for the list: ACTIVE, REVOKED, WIPE_PENDING (asked, never came back) or WIPED. */
    private static String state(Device device) {
        if (device.wipedAt() != null) {
            return "WIPED";
        }
        if (device.wipeRequestedAt() != null) {
            return "WIPE_PENDING";
        }
        return device.revokedAt() == null ? "ACTIVE" : "REVOKED";
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
