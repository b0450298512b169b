package org.jalons.server.api;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jalons.protocol.Wire;
import org.jalons.server.model.CounsellorProfile;
import org.jalons.server.service.CounsellorProfiles;

/**
 * PUT /api/v1/me/profile (a counsellor's device) and GET /api/v1/me/counsellors (a person's device: their own
 * counsellors' profiles; a supervisor's or admin's: the organisation's counsellors, id and name only).
 */
final class ProfileController {

    private final CounsellorProfiles profiles;
    private final Authenticator auth;

    ProfileController(CounsellorProfiles profiles, Authenticator auth) {
        this.profiles = profiles;
        this.auth = auth;
    }

    void setProfile(Context ctx) {
        var principal = auth.require(ctx);
        StrictObject body = StrictObject.of(JsonBody.read(ctx), Wire.CounsellorProfile.PROPERTIES);
        CounsellorProfile saved = profiles.set(
                principal,
                body.text("displayName", true),
                body.text("addressForm", true),
                body.text("workPhone", false));
        Responses.json(ctx, 200, json(saved, false));
    }

    void myCounsellors(Context ctx) {
        var principal = auth.require(ctx);
        if (CounsellorProfiles.seesTeam(principal)) {
            Responses.json(
                    ctx,
                    200,
                    Map.of(
                            "counsellors",
                            profiles.team(principal).stream()
                                    .map(u -> Map.of("id", u.id(), "displayName", u.displayName()))
                                    .toList()));
            return;
        }
        Responses.json(
                ctx,
                200,
                Map.of(
                        "counsellors",
                        profiles.mine(principal).stream()
                                .map(p -> json(p, true))
                                .toList()));
    }

    private static Map<String, Object> json(CounsellorProfile profile, boolean withId) {
        Map<String, Object> json = new LinkedHashMap<>();
        if (withId) {
            json.put("id", profile.userId());
        }
        json.put("displayName", profile.displayName());
        json.put("addressForm", profile.addressForm());
        json.put("workPhone", profile.workPhone());
        return json;
    }
}
