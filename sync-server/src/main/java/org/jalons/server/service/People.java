package org.jalons.server.service;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jalons.server.model.Json;
import org.jalons.server.model.Principal;
import org.jalons.server.model.Referent;
import org.jalons.server.model.Refusal;
import org.jalons.server.model.Role;
import org.jalons.server.model.User;
import org.jalons.server.store.AuditLog;
import org.jalons.server.store.Database;
import org.jalons.server.store.PeopleStore;
import org.jalons.server.store.ReferentStore;
import org.jalons.server.store.Stores;

/**
 * The organisation's people for the admin: the list (who, where, since when, with whom), each person's history of
 * counsellors, and the transfer of a person from one counsellor to another. Reads are audited (one line per list).
 */
public final class People {

    /** A counsellor, by the name the organisation knows them by. */
    public record Counsellor(UUID id, String name) {}

    /** One person of the list; dates are null when the file does not hold them. */
    public record Person(
            UUID id,
            String displayName,
            String site,
            LocalDate entryDate,
            LocalDate exitDate,
            List<Counsellor> counsellors,
            Instant lastChange) {}

    private final Database db;
    private final Stores stores;
    private final Clock clock;
    private final PeopleStore people = new PeopleStore();
    private final ReferentStore referents = new ReferentStore();

    public People(Database db, Stores stores, Clock clock) {
        this.db = db;
        this.stores = stores;
        this.clock = clock;
    }

    /** Every person of the organisation, by name. */
    public List<Person> list(Principal admin) {
        Accounts.requireAdmin(admin);
        UUID org = admin.organisationId();
        List<PeopleStore.Row> rows = db.inTransaction(c -> {
            List<PeopleStore.Row> read = people.rows(c, org);
            audit(c, admin, "READ_PEOPLE", "organisation", org, null);
            return read;
        });
        Map<UUID, Builder> byId = new LinkedHashMap<>();
        List<PeopleStore.Row> places = new ArrayList<>();
        for (PeopleStore.Row row : rows) {
            switch (row.kind()) {
                case "beneficiary" ->
                    byId.computeIfAbsent(row.personId(), Builder::new).profile(row);
                case "exit" ->
                    byId.computeIfAbsent(row.personId(), Builder::new).exit(row);
                default -> places.add(row);
            }
        }
        for (PeopleStore.Row place : places) {
            Builder person = byId.get(place.personId());
            if (person != null) {
                person.counsellors.add(new Counsellor(place.counsellorId(), place.counsellorName()));
            }
        }
        return byId.values().stream()
                .filter(b -> b.displayName != null) // exits of a person whose profile was deleted
                .map(Builder::build)
                .sorted(Comparator.comparing(Person::displayName, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(Person::id))
                .toList();
    }

    /** The person's counsellors over time, oldest first; 404 for an id that is not the organisation's person. */
    public List<Referent> referents(Principal admin, UUID personId) {
        Accounts.requireAdmin(admin);
        return db.inTransaction(c -> {
            requirePerson(c, admin.organisationId(), personId);
            audit(c, admin, "READ_REFERENTS", "beneficiary", personId, personId);
            return referents.of(c, admin.organisationId(), personId);
        });
    }

    /**
     * The person leaves {@code from}'s caseload and joins {@code to}'s, in one transaction (the history says both):
     * at their next sync, {@code from}'s phones drop the person and {@code to}'s receive them.
     */
    public void transfer(Principal admin, UUID personId, UUID from, UUID to) {
        Accounts.requireAdmin(admin);
        if (from.equals(to)) {
            throw Refusal.invalid("same_counsellor", "from and to are the same counsellor.");
        }
        UUID org = admin.organisationId();
        db.inTransaction(c -> {
            requirePerson(c, org, personId);
            requireCounsellor(c, org, from);
            requireCounsellor(c, org, to);
            if (!stores.caseloads().remove(c, from, personId)) {
                throw new Refusal(
                        Refusal.Reason.CONFLICT, "not_in_caseload", "The person is not in that counsellor's caseload.");
            }
            Instant now = clock.instant();
            referents.append(c, org, personId, from, Referent.Change.END, now, admin.userId());
            if (stores.caseloads().add(c, to, personId)) {
                referents.append(c, org, personId, to, Referent.Change.START, now, admin.userId());
            }
            audit(c, admin, "CASELOAD_TRANSFER", "caseload", personId, personId);
            return null;
        });
    }

    /** A counsellor of the organisation: unknown or another organisation's id 404, another role 400. */
    private void requireCounsellor(Connection c, UUID org, UUID userId) throws SQLException {
        User user = stores.users().find(c, org, userId).orElseThrow(Refusal::notFound);
        if (user.role() != Role.COUNSELLOR) {
            throw Refusal.invalid("not_a_counsellor", "This account is not a counsellor's.");
        }
    }

    /** A person of the organisation whose profile is here (an erased person's is not). */
    static void requirePerson(Connection c, Stores stores, UUID org, UUID personId) throws SQLException {
        if (stores.records()
                .find(c, org, personId)
                .filter(r -> "beneficiary".equals(r.kind()))
                .isEmpty()) {
            throw Refusal.notFound();
        }
    }

    private void requirePerson(Connection c, UUID org, UUID personId) throws SQLException {
        requirePerson(c, stores, org, personId);
    }

    private void audit(Connection c, Principal admin, String action, String kind, UUID recordId, UUID personId)
            throws SQLException {
        stores.audit()
                .append(
                        c,
                        admin.organisationId(),
                        new AuditLog.Entry(
                                admin.userId(),
                                admin.deviceId(),
                                clock.instant(),
                                action,
                                kind,
                                recordId,
                                null,
                                null,
                                personId));
    }

    /** A person read from their rows. */
    private static final class Builder {
        private final UUID id;
        private String displayName;
        private String site;
        private LocalDate entryDate;
        private LocalDate exitDate;
        private Instant lastChange;
        private final List<Counsellor> counsellors = new ArrayList<>(2);

        Builder(UUID id) {
            this.id = id;
        }

        void profile(PeopleStore.Row row) {
            Map<String, String> fields = topTexts(row.fields(), PROFILE_FIELDS);
            displayName = fields.getOrDefault("displayName", "");
            site = fields.get("site");
            entryDate = date(fields.get("entryDate"));
            changed(row.updatedAt());
        }

        void exit(PeopleStore.Row row) {
            LocalDate exit = date(topTexts(row.fields(), EXIT_FIELDS).get("exitDate"));
            if (exit != null && (exitDate == null || exit.isAfter(exitDate))) {
                exitDate = exit;
            }
            changed(row.updatedAt());
        }

        private void changed(Instant at) {
            if (at != null && (lastChange == null || at.isAfter(lastChange))) {
                lastChange = at;
            }
        }

        Person build() {
            counsellors.sort(Comparator.comparing(Counsellor::name, String.CASE_INSENSITIVE_ORDER));
            return new Person(id, displayName, site, entryDate, exitDate, List.copyOf(counsellors), lastChange);
        }

        private static final Set<String> PROFILE_FIELDS = Set.of("displayName", "site", "entryDate");
        private static final Set<String> EXIT_FIELDS = Set.of("exitDate");

        /**
         * The texts of the named top-level fields of a stored record, read as a stream: the list needs three of a
         * profile's fields, and skipping the others (without building the whole tree) is what keeps a list of
         * thousands of people fast. A field that is not a text is left out, as the tree reading did.
         */
        private static Map<String, String> topTexts(String json, Set<String> wanted) {
            Map<String, String> found = new HashMap<>(4);
            try (JsonParser parser = Json.MAPPER.getFactory().createParser(json)) {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    throw new IllegalStateException("A stored record's fields are not an object");
                }
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if (value == JsonToken.VALUE_STRING && wanted.contains(name)) {
                        found.put(name, parser.getText());
                    } else {
                        parser.skipChildren();
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return found;
        }

        private static LocalDate date(String text) {
            if (text == null) {
                return null;
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }
}
