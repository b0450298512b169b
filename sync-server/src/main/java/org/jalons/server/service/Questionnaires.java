package org.jalons.server.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jalons.protocol.QuestionnaireDefinition;
import org.jalons.server.model.Json;
import org.jalons.server.model.Principal;
import org.jalons.server.model.PublishedQuestionnaire;
import org.jalons.server.model.Refusal;
import org.jalons.server.model.Role;
import org.jalons.server.store.AuditLog;
import org.jalons.server.store.Database;
import org.jalons.server.store.QuestionnaireStore;
import org.jalons.server.store.Stores;

/**
 * An organisation's questionnaires as data (issue #17): every device reads all their published versions; an admin or
 * a counsellor publishes a new questionnaire (version 1), the next version of one, or retires one. A version never
 * changes once published: a response names its version, and results compare only within it. Every write is
 * audited.
 */
public final class Questionnaires {

    /** What an author sends: a definition without its id and version, which the server gives. */
    public static final Set<String> BODY = Set.of("title", "intro", "scale", "items");

    private static final String ID_LETTERS = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Database db;
    private final Stores stores;
    private final Clock clock;
    private final QuestionnaireStore store = new QuestionnaireStore();

    public Questionnaires(Database db, Stores stores, Clock clock) {
        this.db = db;
        this.stores = stores;
        this.clock = clock;
    }

    /** Every version of every questionnaire of the organisation, for any of its devices. */
    public List<PublishedQuestionnaire> list(Principal principal) {
        UUID org = principal.organisationId();
        return db.inTransaction(c -> store.all(c, org));
    }

    /** Publishes a new questionnaire, its version 1. */
    public PublishedQuestionnaire publishNew(Principal author, ObjectNode body) {
        requireAuthor(author);
        return db.inTransaction(c -> {
            UUID org = author.organisationId();
            String id = newId(c, org);
            return publish(c, author, id, 1, body);
        });
    }

    /** Publishes the next version of questionnaire {@code id}: its items keep their ids, its answers a new version. */
    public PublishedQuestionnaire publishNext(Principal author, String id, ObjectNode body) {
        requireAuthor(author);
        return db.inTransaction(c -> {
            UUID org = author.organisationId();
            stores.organisations().lock(c, org); // two authors publishing at once get versions n+1 and n+2
            List<PublishedQuestionnaire> versions = store.versions(c, org, id);
            if (versions.isEmpty()) {
                throw Refusal.notFound();
            }
            PublishedQuestionnaire last = versions.get(versions.size() - 1);
            if (last.retired()) {
                throw retired();
            }
            return publish(c, author, id, last.version() + 1, body);
        });
    }

    /** Retires questionnaire {@code id}: no longer proposed; its versions stay, for the responses that name them. */
    public PublishedQuestionnaire retire(Principal author, String id) {
        requireAuthor(author);
        return db.inTransaction(c -> {
            UUID org = author.organisationId();
            List<PublishedQuestionnaire> versions = store.versions(c, org, id);
            if (versions.isEmpty()) {
                throw Refusal.notFound();
            }
            if (versions.get(0).retired()) {
                throw retired();
            }
            store.retire(c, org, id);
            Instant now = clock.instant();
            audit(c, author, "QUESTIONNAIRE_RETIRE", now);
            PublishedQuestionnaire last = versions.get(versions.size() - 1);
            return new PublishedQuestionnaire(id, last.version(), last.definition(), true, last.publishedAt());
        });
    }

    /** The definition a stored version holds. */
    public static QuestionnaireDefinition definition(String json) {
        try {
            return Json.MAPPER.readValue(json, QuestionnaireDefinition.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored questionnaire cannot be read", e);
        }
    }

    private PublishedQuestionnaire publish(Connection c, Principal author, String id, int version, ObjectNode body)
            throws SQLException {
        ObjectNode full = body.deepCopy();
        full.put("id", id);
        full.put("version", version);
        QuestionnaireDefinition definition;
        try {
            definition = Json.MAPPER.treeToValue(full, QuestionnaireDefinition.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw Refusal.invalid("invalid_questionnaire", "The questionnaire is not in the expected form.");
        }
        List<String> problems = definition.problems();
        if (!problems.isEmpty()) {
            throw Refusal.invalid("invalid_questionnaire", "The questionnaire is not valid: " + problems.get(0) + ".");
        }
        String json = Json.MAPPER.valueToTree(definition).toString();
        Instant now = clock.instant();
        store.insert(c, author.organisationId(), id, version, json, author.userId(), now);
        audit(c, author, "QUESTIONNAIRE_PUBLISH", now);
        return new PublishedQuestionnaire(id, version, json, false, now);
    }

    private static void requireAuthor(Principal principal) {
        if (principal.role() != Role.ADMIN && principal.role() != Role.COUNSELLOR) {
            throw Refusal.forbidden("Only an administrator or a counsellor can compose questionnaires.");
        }
    }

    private static Refusal retired() {
        return new Refusal(Refusal.Reason.CONFLICT, "questionnaire_retired", "This questionnaire was retired.");
    }

    private String newId(Connection c, UUID org) throws SQLException {
        while (true) {
            StringBuilder id = new StringBuilder("q-");
            for (int i = 0; i < 10; i++) {
                id.append(ID_LETTERS.charAt(RANDOM.nextInt(ID_LETTERS.length())));
            }
            if (store.versions(c, org, id.toString()).isEmpty()) {
                return id.toString();
            }
        }
    }

    private void audit(Connection c, Principal author, String action, Instant now) throws SQLException {
        stores.audit()
                .append(
                        c,
                        author.organisationId(),
                        new AuditLog.Entry(
                                author.userId(),
                                author.deviceId(),
                                now,
                                action,
                                "organisation",
                                author.organisationId(),
                                null,
                                null));
    }
}
