package org.jalons.server.api;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jalons.server.model.Referent;
import org.jalons.server.model.Refusal;
import org.jalons.server.service.People;

/**
 * The organisation's people (admin): GET /api/v1/admin/people, GET /api/v1/admin/people/{id}/referents and POST
 * /api/v1/admin/people/{id}/transfer.
 */
final class PeopleController {

    private final People people;
    private final Authenticator auth;

    PeopleController(People people, Authenticator auth) {
        this.people = people;
        this.auth = auth;
    }

    void list(Context ctx) {
        var principal = auth.require(ctx);
        int limit = limit(ctx);
        List<People.Person> all = people.list(principal);
        List<PersonLine> list =
                all.stream().limit(limit).map(PeopleController::json).toList();
        Responses.json(ctx, 200, Map.of("people", list, "total", all.size()));
    }

    void referents(Context ctx) {
        var principal = auth.require(ctx);
        List<Map<String, Object>> lines = people.referents(principal, personId(ctx)).stream()
                .map(PeopleController::json)
                .toList();
        Responses.json(ctx, 200, Map.of("referents", lines));
    }

    void transfer(Context ctx) {
        var principal = auth.require(ctx);
        UUID person = personId(ctx);
        StrictObject body = StrictObject.of(JsonBody.read(ctx), Set.of("from", "to"));
        people.transfer(principal, person, body.uuid("from", true), body.uuid("to", true));
        ctx.status(204);
    }

    /**
     * {@code limit}: the first so many people by name (1 to 100,000), so that a list shows its first screenful at once
     * and reads the rest after; none: all of them.
     */
    private static int limit(Context ctx) {
        String text = ctx.queryParam("limit");
        if (text == null) {
            return Integer.MAX_VALUE;
        }
        try {
            int limit = Integer.parseInt(text);
            if (limit >= 1 && limit <= 100_000) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // refused below, as out of range
        }
        throw Refusal.invalid("invalid_parameter", "limit must be a whole number from 1 to 100000.");
    }

    private static UUID personId(Context ctx) {
        return StrictObject.parseUuid(ctx.pathParam("id"), "id", "invalid_parameter");
    }

    /**
     * A person of the list as the answer writes them. A record, not a map: its serializer is made once for the
     * thousands of lines of a structure's list. Components in the order of their names, the order the server's
     * maps are written in.
     */
    record PersonLine(
            List<CounsellorLine> counsellors,
            String displayName,
            String entryDate,
            String exitDate,
            UUID id,
            String lastChange,
            String site) {}

    /** One of the person's counsellors. */
    record CounsellorLine(UUID id, String name) {}

    private static PersonLine json(People.Person person) {
        return new PersonLine(
                person.counsellors().stream()
                        .map(c -> new CounsellorLine(c.id(), c.name()))
                        .toList(),
                person.displayName(),
                text(person.entryDate()),
                text(person.exitDate()),
                person.id(),
                text(person.lastChange()),
                person.site());
    }

    private static Map<String, Object> json(Referent line) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("counsellorId", line.counsellorId());
        json.put("counsellorName", line.counsellorName());
        json.put("change", line.change().name());
        json.put("at", line.changedAt().toString());
        json.put("byId", line.changedBy());
        json.put("byName", line.byName());
        return json;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
