package org.jalons.server.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;
import org.jalons.server.JalonsServer;
import org.jalons.server.model.Json;
import org.jalons.server.model.Role;
import org.jalons.server.model.User;
import org.jalons.server.service.Accounts;

/** A fresh organisation on a running server, with helpers to add paired members. */
public final class Org {

    /** A user with a paired device. */
    public record Member(User user, String token, UUID deviceId) {
        public UUID id() {
            return user.id();
        }
    }

    public final JalonsServer server;
    public final Api api;
    public final UUID id;
    public final Member admin;

    private Org(JalonsServer server, Api api, UUID id, Member admin) {
        this.server = server;
        this.api = api;
        this.id = id;
        this.admin = admin;
    }

    public static Org create(JalonsServer server) {
        Api api = new Api(server.baseUrl());
        Accounts.Bootstrap created = server.bootstrap("Structure " + UUID.randomUUID(), "Nadia Admin");
        JsonNode paired = pair(api, created.pairingCode().code(), "Poste admin");
        Member admin = new Member(
                created.admin(),
                paired.get("token").asText(),
                UUID.fromString(paired.get("deviceId").asText()));
        return new Org(server, api, created.organisationId(), admin);
    }

    public Member counsellor(String name) {
        return member(server.createUser(id, name, Role.COUNSELLOR, null));
    }

    public Member supervisor(String name) {
        return member(server.createUser(id, name, Role.SUPERVISOR, null));
    }

    public Member beneficiaryUser(UUID beneficiaryId) {
        return member(server.createUser(
                id, "Personne " + beneficiaryId.toString().substring(0, 4), Role.BENEFICIARY, beneficiaryId));
    }

    public Member member(User user) {
        JsonNode paired = pair(api, server.issuePairingCode(user).code(), "Téléphone de " + user.displayName());
        return new Member(
                user,
                paired.get("token").asText(),
                UUID.fromString(paired.get("deviceId").asText()));
    }

    /** A counsellor creates a beneficiary record (and so gets it in their caseload). */
    public UUID newBeneficiary(Member counsellor) {
        UUID beneficiaryId = UUID.randomUUID();
        JsonNode result = push(counsellor, Changes.batch(Changes.newBeneficiary(beneficiaryId, "Samia B.")));
        assertThat(result.at("/results/0/status").asText())
                .as(result.toString())
                .isEqualTo("APPLIED");
        return beneficiaryId;
    }

    public JsonNode push(Member member, ObjectNode body) {
        Api.Response response = api.post("/api/v1/sync/push", member.token(), body);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    /** Pushes one change, which must be applied (with or without a conflict); returns the push answer. */
    public JsonNode applied(Member member, JsonNode change) {
        JsonNode result = push(member, Changes.batch(change));
        assertThat(result.at("/results/0/status").asText())
                .as(result.toString())
                .isIn("APPLIED", "MERGED_WITH_CONFLICT");
        return result;
    }

    /** The one conflict record a one-change push answer names. */
    public static UUID conflictOf(JsonNode result) {
        assertThat(result.at("/results/0/conflictIds").size())
                .as(result.toString())
                .isEqualTo(1);
        return UUID.fromString(result.at("/results/0/conflictIds/0").asText());
    }

    public JsonNode pull(Member member, long cursor) {
        Api.Response response = api.get("/api/v1/sync/pull?cursor=" + cursor, member.token());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    public static JsonNode pair(Api api, String code, String deviceName) {
        ObjectNode body = Json.object().put("code", code).put("deviceName", deviceName);
        Api.Response response = api.post("/api/v1/pair", null, body);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }
}
