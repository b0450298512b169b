package org.jalons.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jalons.server.model.Account;
import org.jalons.server.model.Refusal;
import org.jalons.server.model.Role;
import org.jalons.server.model.WorkTeam;
import org.jalons.server.service.Accounts;
import org.jalons.server.service.TextRule;

/**
 * /api/v1/admin/users, /api/v1/admin/caseloads/{counsellorId}/{beneficiaryId}, a work supervisor's work teams and the
 * teams in use.
 */
final class AdminController {

    private final Accounts accounts;
    private final Authenticator auth;

    AdminController(Accounts accounts, Authenticator auth) {
        this.accounts = accounts;
        this.auth = auth;
    }

    void createUser(Context ctx) {
        var principal = auth.require(ctx);
        StrictObject body = StrictObject.of(JsonBody.read(ctx), Set.of("displayName", "role", "beneficiaryId"));
        String displayName = body.text("displayName", true);
        Role role = role(body.text("role", true));
        UUID beneficiaryId = body.uuid("beneficiaryId", false);
        Responses.json(ctx, 201, UserJson.of(accounts.createUser(principal, displayName, role, beneficiaryId)));
    }

    void listUsers(Context ctx) {
        var principal = auth.require(ctx);
        Responses.json(
                ctx,
                200,
                Map.of(
                        "users",
                        accounts.listUsers(principal).stream()
                                .map(AdminController::accountJson)
                                .toList()));
    }

    void deactivateUser(Context ctx) {
        var principal = auth.require(ctx);
        Responses.json(ctx, 200, accountJson(accounts.deactivate(principal, userId(ctx))));
    }

    void reactivateUser(Context ctx) {
        var principal = auth.require(ctx);
        Responses.json(ctx, 200, accountJson(accounts.reactivate(principal, userId(ctx))));
    }

    /** PUT /admin/users/{id}/work-teams {"teams":[…]}: the work teams of a work supervisor, replaced. */
    void setWorkTeams(Context ctx) {
        var principal = auth.require(ctx);
        StrictObject body = StrictObject.of(JsonBody.read(ctx), Set.of("teams"));
        JsonNode teams = body.node("teams");
        if (teams == null || !teams.isArray()) {
            throw Refusal.invalid("invalid_body", "teams must be a JSON array of texts.");
        }
        if (teams.size() > Accounts.MAX_WORK_TEAMS) {
            throw Refusal.invalid("invalid_body", "At most " + Accounts.MAX_WORK_TEAMS + " work teams.");
        }
        List<String> names = new ArrayList<>();
        for (JsonNode team : teams) {
            if (!team.isTextual()) {
                throw Refusal.invalid("invalid_body", "teams must be a JSON array of texts.");
            }
            names.add(TextRule.line("team", team.textValue()));
        }
        List<String> saved = accounts.setWorkTeams(principal, userId(ctx), names);
        Responses.json(ctx, 200, Map.of("teams", saved));
    }

    /** GET /admin/users/{id}/work-teams: the work teams of a work supervisor. */
    void workTeamsOf(Context ctx) {
        var principal = auth.require(ctx);
        Responses.json(ctx, 200, Map.of("teams", accounts.workTeamsOf(principal, userId(ctx))));
    }

    /** GET /admin/work-teams: the teams in use, with their numbers of people and of work supervisors. */
    void workTeams(Context ctx) {
        var principal = auth.require(ctx);
        Responses.json(
                ctx,
                200,
                Map.of(
                        "teams",
                        accounts.workTeams(principal).stream()
                                .map(AdminController::teamJson)
                                .toList()));
    }

    private static Map<String, Object> teamJson(WorkTeam usage) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("team", usage.team());
        json.put("people", usage.people());
        json.put("workSupervisors", usage.workSupervisors());
        return json;
    }

    /** The user object, and when the account was deactivated (null: active). */
    private static Map<String, Object> accountJson(Account account) {
        Map<String, Object> json = UserJson.of(account.user());
        json.put(
                "deactivatedAt",
                account.deactivatedAt() == null ? null : account.deactivatedAt().toString());
        return json;
    }

    private static UUID userId(Context ctx) {
        return StrictObject.parseUuid(ctx.pathParam("id"), "id", "invalid_parameter");
    }

    void addToCaseload(Context ctx) {
        var principal = auth.require(ctx);
        accounts.addToCaseload(principal, counsellorId(ctx), beneficiaryId(ctx));
        ctx.status(204);
    }

    void removeFromCaseload(Context ctx) {
        var principal = auth.require(ctx);
        accounts.removeFromCaseload(principal, counsellorId(ctx), beneficiaryId(ctx));
        ctx.status(204);
    }

    private static UUID counsellorId(Context ctx) {
        return StrictObject.parseUuid(ctx.pathParam("counsellorId"), "counsellorId", "invalid_parameter");
    }

    private static UUID beneficiaryId(Context ctx) {
        return StrictObject.parseUuid(ctx.pathParam("beneficiaryId"), "beneficiaryId", "invalid_parameter");
    }

    private static Role role(String text) {
        return Arrays.stream(Role.values())
                .filter(r -> r.name().equals(text))
                .findFirst()
                .orElseThrow(() ->
                        Refusal.invalid("invalid_body", "role must be one of " + Arrays.toString(Role.values()) + "."));
    }
}
