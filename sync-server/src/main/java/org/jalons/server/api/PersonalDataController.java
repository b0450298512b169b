package org.jalons.server.api;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jalons.server.model.Refusal;
import org.jalons.server.service.Erasure;
import org.jalons.server.service.PersonRecord;

/**
 * Personal-data requests (admin): POST /api/v1/admin/people/{id}/erase, GET /api/v1/admin/people/{id}/record.json
 * and record.pdf (right of access), GET and PUT /api/v1/admin/retention.
 */
final class PersonalDataController {

    private final Erasure erasure;
    private final PersonRecord records;
    private final Authenticator auth;

    PersonalDataController(Erasure erasure, PersonRecord records, Authenticator auth) {
        this.erasure = erasure;
        this.records = records;
        this.auth = auth;
    }

    void recordJson(Context ctx) {
        var principal = auth.require(ctx);
        byte[] json = records.json(principal, personId(ctx));
        file(ctx, json, "application/json", "dossier-personne.json");
    }

    void recordPdf(Context ctx) {
        var principal = auth.require(ctx);
        file(ctx, records.pdf(principal, personId(ctx)), "application/pdf", "dossier-personne.pdf");
    }

    /** A file name that never names the person: the file may travel by mail. */
    private static void file(Context ctx, byte[] body, String type, String name) {
        ctx.status(200)
                .contentType(type)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .result(body);
    }

    private static java.util.UUID personId(Context ctx) {
        return StrictObject.parseUuid(ctx.pathParam("id"), "id", "invalid_parameter");
    }

    void erase(Context ctx) {
        var principal = auth.require(ctx);
        var person = personId(ctx);
        StrictObject body = StrictObject.of(JsonBody.read(ctx), Set.of("reason"));
        Erasure.Reason reason;
        try {
            reason = Erasure.Reason.valueOf(body.text("reason", true));
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("invalid_body", "reason must be REQUEST or RETENTION.");
        }
        Erasure.Done done = erasure.erase(principal, person, reason);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("personId", done.personId());
        json.put("erasedAt", done.erasedAt().toString());
        json.put("records", done.records());
        json.put("accounts", done.accounts());
        json.put("devices", done.devices());
        Responses.json(ctx, 200, json);
    }

    void report(Context ctx) {
        var principal = auth.require(ctx);
        int months = erasure.retentionMonths(principal);
        List<Map<String, Object>> due = erasure.report(principal).stream()
                .map(PersonalDataController::json)
                .toList();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("retentionMonths", months);
        json.put("noticeDays", Erasure.NOTICE_DAYS);
        json.put("due", due);
        Responses.json(ctx, 200, json);
    }

    void setRetention(Context ctx) {
        var principal = auth.require(ctx);
        StrictObject body = StrictObject.of(JsonBody.read(ctx), Set.of("retentionMonths"));
        var months = body.node("retentionMonths");
        if (months == null || !months.isIntegralNumber() || !months.canConvertToInt()) {
            throw Refusal.invalid("invalid_body", "retentionMonths must be a whole number.");
        }
        Responses.json(ctx, 200, Map.of("retentionMonths", erasure.setRetentionMonths(principal, months.intValue())));
    }

    private static Map<String, Object> json(Erasure.Due due) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("personId", due.personId());
        json.put("displayName", due.displayName());
        json.put(
                "supportEndedOn",
                due.supportEndedOn() == null ? null : due.supportEndedOn().toString());
        json.put("eraseOn", due.eraseOn().toString());
        json.put("noticedAt", due.noticedAt().toString());
        json.put("counsellors", due.counsellors());
        return json;
    }
}
