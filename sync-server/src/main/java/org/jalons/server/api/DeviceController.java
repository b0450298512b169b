package org.jalons.server.api;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jalons.server.model.Device;
import org.jalons.server.service.Devices;

/** GET /api/v1/devices and DELETE /api/v1/devices/{id}. */
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

    private static Map<String, Object> json(Device device) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", device.id());
        json.put("userId", device.userId());
        json.put("name", device.name());
        json.put("pairedAt", device.pairedAt().toString());
        json.put(
                "revokedAt",
                device.revokedAt() == null ? null : device.revokedAt().toString());
        return json;
    }
}
