package org.jalons.server.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jalons.server.model.Json;
import org.jalons.server.model.Principal;
import org.jalons.server.model.Refusal;
import org.jalons.server.store.AuditLog;
import org.jalons.server.store.Database;
import org.jalons.server.store.ErasureStore;
import org.jalons.server.store.ErasureStore.Ended;
import org.jalons.server.store.ErasureStore.Notice;
import org.jalons.server.store.ReferentStore;
import org.jalons.server.store.Stores;
import org.jalons.server.summary.SummaryProjector;
import org.jalons.server.summary.store.AggregateStore;

/**
 * Erasing a person from the organisation (RGPD, right to erasure; and the end of retention): their records of every
 * kind, their statistics facts and their share of every figure leave the server in one transaction; their own
 * accounts lose their name and devices; the audit keeps who erased whom, when and why, without content; and the id
 * is remembered, so that a phone offline during the erasure cannot send the person back. Phones drop the person at
 * their next pull (the person left their scope) or push (changes about them are refused {@code person_erased}).
 */
public final class Erasure {

    /** Why a person was erased: they (or their representative) asked, or the retention time ran out. */
    public enum Reason {
        REQUEST,
        RETENTION
    }

    /** Retention is set in months within these bounds (sync-server/README.md, "Right of access, erasure and retention"). */
    public static final int MIN_RETENTION_MONTHS = 12;

    public static final int MAX_RETENTION_MONTHS = 120;
    /** How long before the automatic erasure the admin sees the person in the retention report. */
    public static final int NOTICE_DAYS = 30;

    /** The answer of an erasure: counts only. */
    public record Done(UUID personId, Instant erasedAt, int records, int accounts, int devices) {}

    /** One person in the retention report: when their support ended and when they will be erased. */
    public record Due(
            UUID personId,
            String displayName,
            LocalDate supportEndedOn,
            LocalDate eraseOn,
            Instant noticedAt,
            List<String> counsellors) {}

    private final Database db;
    private final Stores stores;
    private final Clock clock;
    private final SummaryProjector projector;
    private final ErasureStore store = new ErasureStore();
    private final AggregateStore aggregates = new AggregateStore();

    public Erasure(Database db, Stores stores, Clock clock, SummaryProjector projector) {
        this.db = db;
        this.stores = stores;
        this.clock = clock;
        this.projector = projector;
    }

    /** An admin erases one of the organisation's people. */
    public Done erase(Principal admin, UUID personId, Reason reason) {
        Accounts.requireAdmin(admin);
        return erase(admin.organisationId(), admin.userId(), personId, reason);
    }

    private Done erase(UUID org, UUID actor, UUID personId, Reason reason) {
        return projector.exclusively(org, Duration.ofSeconds(20), c -> {
            // the push's lock: no push writes about the person while they are erased, and none after (it is refused)
            stores.counter().lock(c, org);
            if (store.isErased(c, org, personId)) {
                throw new Refusal(Refusal.Reason.CONFLICT, "already_erased", "This person was already erased.");
            }
            if (!stores.records().anyOfBeneficiary(c, org, personId)) {
                throw Refusal.notFound();
            }
            Instant now = clock.instant();
            aggregates.erasePerson(c, org, personId);
            int records = store.eraseRecords(c, org, personId);
            new ReferentStore().erase(c, org, personId);
            ErasureStore.Removed removed = store.eraseAccounts(c, org, personId, records, now);
            store.markErased(c, org, new ErasureStore.Erased(personId, now, actor, reason.name()));
            stores.audit()
                    .append(
                            c,
                            org,
                            new AuditLog.Entry(
                                    actor,
                                    null,
                                    now,
                                    "ERASE_PERSON_" + reason.name(),
                                    "beneficiary",
                                    personId,
                                    null,
                                    null,
                                    personId));
            return new Done(personId, now, removed.records(), removed.accounts(), removed.devices());
        });
    }

    // ---- retention ----

    public int retentionMonths(Principal admin) {
        Accounts.requireAdmin(admin);
        return db.inTransaction(c -> store.retentionMonths(c, admin.organisationId()));
    }

    /** Changes how long files stay after support ended; audited (who and when). */
    public int setRetentionMonths(Principal admin, int months) {
        Accounts.requireAdmin(admin);
        if (months < MIN_RETENTION_MONTHS || months > MAX_RETENTION_MONTHS) {
            throw Refusal.invalid(
                    "invalid_body",
                    "retentionMonths must be from " + MIN_RETENTION_MONTHS + " to " + MAX_RETENTION_MONTHS + ".");
        }
        return db.inTransaction(c -> {
            int before = store.retentionMonths(c, admin.organisationId());
            if (before != months) {
                store.setRetentionMonths(c, admin.organisationId(), months);
                stores.organisations()
                        .logSettingChange(
                                c,
                                admin.organisationId(),
                                "RETENTION_MONTHS",
                                admin.userId(),
                                clock.instant(),
                                before,
                                months);
                stores.audit()
                        .append(
                                c,
                                admin.organisationId(),
                                new AuditLog.Entry(
                                        admin.userId(),
                                        admin.deviceId(),
                                        clock.instant(),
                                        "SET_RETENTION_MONTHS",
                                        "organisation",
                                        admin.organisationId(),
                                        null,
                                        null));
            }
            return months;
        });
    }

    /** The retention report: who will be erased and when, as last noticed by the daily sweep. */
    public List<Due> report(Principal admin) {
        Accounts.requireAdmin(admin);
        UUID org = admin.organisationId();
        return db.inTransaction(c -> {
            Map<UUID, LocalDate> ended = supportEnded(c, org);
            Map<UUID, String> names = new HashMap<>();
            stores.users().counsellors(c, org).forEach(u -> names.put(u.id(), u.displayName()));
            List<Due> due = new ArrayList<>();
            for (Notice notice : store.notices(c, org)) {
                List<String> counsellors = new ArrayList<>();
                for (UUID counsellor : names.keySet()) {
                    if (stores.caseloads().contains(c, counsellor, notice.beneficiaryId())) {
                        counsellors.add(names.get(counsellor));
                    }
                }
                counsellors.sort(String::compareTo);
                due.add(new Due(
                        notice.beneficiaryId(),
                        displayName(c, org, notice.beneficiaryId()),
                        ended.get(notice.beneficiaryId()),
                        notice.eraseOn(),
                        notice.noticedAt(),
                        counsellors));
            }
            stores.audit()
                    .append(
                            c,
                            org,
                            new AuditLog.Entry(
                                    admin.userId(),
                                    admin.deviceId(),
                                    clock.instant(),
                                    "READ_RETENTION",
                                    "organisation",
                                    org,
                                    null,
                                    null));
            return due;
        });
    }

    /**
     * The daily sweep of one organisation: people whose erasure date falls within the notice period are noticed
     * (listed in the report, audited), people noticed at least {@link #NOTICE_DAYS} before and whose date has come
     * are erased, and people whose support resumed are no longer due. Returns how many were erased.
     */
    public int sweep(UUID org) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<UUID> toErase = db.inTransaction(c -> {
            int months = store.retentionMonths(c, org);
            Map<UUID, LocalDate> ended = supportEnded(c, org);
            Map<UUID, Notice> noticed = new LinkedHashMap<>();
            for (Notice n : store.notices(c, org)) {
                noticed.put(n.beneficiaryId(), n);
            }
            List<UUID> erase = new ArrayList<>();
            for (Map.Entry<UUID, LocalDate> e : ended.entrySet()) {
                LocalDate eraseOn = e.getValue().plusMonths(months);
                Notice notice = noticed.remove(e.getKey());
                if (eraseOn.isAfter(today.plusDays(NOTICE_DAYS))) {
                    if (notice != null) {
                        store.dropNotice(c, org, e.getKey());
                    }
                } else if (notice == null || notice.eraseOn().isBefore(eraseOn)) {
                    // new, or something recorded since pushed the date back: the admin sees the person for the
                    // whole notice period before the erasure
                    LocalDate earliest = today.plusDays(NOTICE_DAYS);
                    LocalDate on = eraseOn.isBefore(earliest) ? earliest : eraseOn;
                    store.putNotice(c, org, new Notice(e.getKey(), now, on));
                    stores.audit()
                            .append(
                                    c,
                                    org,
                                    new AuditLog.Entry(
                                            null,
                                            null,
                                            now,
                                            "RETENTION_NOTICE",
                                            "beneficiary",
                                            e.getKey(),
                                            null,
                                            null,
                                            e.getKey()));
                } else if (!notice.eraseOn().isAfter(today)) { // noticed at least NOTICE_DAYS before, by construction
                    erase.add(e.getKey());
                }
            }
            for (UUID resumed : noticed.keySet()) { // no exit any more, or erased meanwhile
                store.dropNotice(c, org, resumed);
            }
            return erase;
        });
        int erased = 0;
        for (UUID person : toErase) {
            try {
                erase(org, null, person, Reason.RETENTION);
                erased++;
            } catch (Refusal alreadyGone) {
                // erased by an admin meanwhile, or the last record left: nothing to do
            }
        }
        return erased;
    }

    /**
     * When each exited person's support ended: the latest of their exit dates, their follow-ups' dates and the day
     * anything about them last changed; people whose entry date is after their latest exit (support resumed) are
     * not listed. A date that does not parse counts as today: a doubtful file is never erased early.
     */
    private Map<UUID, LocalDate> supportEnded(Connection c, UUID org) throws SQLException {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Map<UUID, LocalDate> latestExit = new LinkedHashMap<>();
        Map<UUID, LocalDate> ended = new LinkedHashMap<>();
        Map<UUID, LocalDate> entry = new HashMap<>();
        for (Ended row : store.exitedPeopleRecords(c, org)) {
            JsonNode fields = Json.parseObject(row.fields());
            UUID person = row.beneficiaryId();
            ended.merge(person, LocalDate.ofInstant(row.updatedAt(), ZoneOffset.UTC), Erasure::later);
            switch (row.kind()) {
                case "exit" -> {
                    LocalDate exit = date(fields, "exitDate", today);
                    latestExit.merge(person, exit, Erasure::later);
                    ended.merge(person, exit, Erasure::later);
                }
                case "followUp" -> {
                    ended.merge(person, date(fields, "dueDate", today), Erasure::later);
                    if (fields.hasNonNull("doneDate")) {
                        ended.merge(person, date(fields, "doneDate", today), Erasure::later);
                    }
                }
                default -> entry.put(person, date(fields, "entryDate", LocalDate.MIN));
            }
        }
        ended.keySet().removeIf(p -> entry.containsKey(p) && entry.get(p).isAfter(latestExit.get(p)));
        return ended;
    }

    /** The name the person's file holds (empty when it holds none), so that the admin knows whom the line is about. */
    private String displayName(Connection c, UUID org, UUID personId) throws SQLException {
        return stores.records()
                .find(c, org, personId)
                .map(r -> r.fields().path("displayName").asText(""))
                .orElse("");
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate date(JsonNode fields, String name, LocalDate otherwise) {
        JsonNode value = fields.get(name);
        if (value == null || !value.isTextual()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value.asText());
        } catch (DateTimeParseException e) {
            return otherwise;
        }
    }
}
