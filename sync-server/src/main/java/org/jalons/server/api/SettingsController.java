package org.jalons.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jalons.server.model.Principal;
import org.jalons.server.model.Refusal;
import org.jalons.server.service.TombstoneWindow;
import org.jalons.server.summary.SummaryService;

/**
 * GET and PUT /api/v1/admin/settings: the organisation's k (minimum group size of supervisor figures) and its
 * deletion-marker window in days. A PUT gives one or both; both are checked before either is saved.
 */
final class SettingsController {

    private final SummaryService summaries;
    private final TombstoneWindow tombstones;
    private final Authenticator auth;

    SettingsController(SummaryService summaries, TombstoneWindow tombstones, Authenticator auth) {
        this.summaries = summaries;
        this.tombstones = tombstones;
        this.auth = auth;
    }

    void get(Context ctx) {
        Principal principal = auth.require(ctx);
        Responses.json(ctx, 200, settings(principal));
    }

    void put(Context ctx) {
        Principal principal = auth.require(ctx);
        StrictObject body = StrictObject.of(JsonBody.read(ctx), Set.of("k", "tombstoneDays"));
        Integer k = wholeNumber(body, "k", SummaryService.MIN_K, SummaryService.MAX_K);
        Integer days = wholeNumber(body, "tombstoneDays", TombstoneWindow.MIN_DAYS, TombstoneWindow.MAX_DAYS);
        if (k == null && days == null) {
            throw Refusal.invalid("invalid_body", "Give k, tombstoneDays or both.");
        }
        if (k != null) {
            summaries.setKThreshold(principal, k);
        }
        if (days != null) {
            tombstones.setDays(principal, days);
        }
        Responses.json(ctx, 200, settings(principal));
    }

    private Map<String, Object> settings(Principal principal) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("k", summaries.kThreshold(principal));
        settings.put("tombstoneDays", tombstones.days(principal));
        return settings;
    }

    /** The field as a whole number from min to max; null when absent. */
    private static Integer wholeNumber(StrictObject body, String name, int min, int max) {
        JsonNode value = body.node(name);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < min || value.intValue() > max) {
            throw Refusal.invalid("invalid_body", name + " must be a whole number from " + min + " to " + max + ".");
        }
        return value.intValue();
    }
}
