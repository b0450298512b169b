package org.jalons.server.summary;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jalons.server.model.Principal;
import org.jalons.server.model.Refusal;
import org.jalons.server.model.Role;
import org.jalons.server.store.AuditLog;
import org.jalons.server.store.Database;
import org.jalons.server.store.Stores;
import org.jalons.server.summary.store.AggregateStore;
import org.jalons.server.summary.store.SummaryProjectionStore;
import org.jalons.server.summary.store.SummaryStore;

/**
 * Supervisor summaries: aggregate figures only, never records, each figure with the people it
 * stands on. Counts are hidden a row and a calendar year at a time ({@link YearRows}), the people
 * active by {@link Suppressor}; a request whose population (active people under the site /
 * counsellor filters) is 1..k-1 also has its people, medians and questionnaire figures hidden.
 */
public final class SummaryService {

    /** Below 5, a hidden figure says too little: the floor is not an organisation's choice. */
    public static final int MIN_K = 5;

    public static final int MAX_K = 50;

    /** How long a summary waits for the projector to count the changes already pushed. */
    static final Duration FRESHNESS = Duration.ofSeconds(2);

    public static final List<String> TABLES = List.of(
            "population",
            "goals",
            "trainingsByCertification",
            "trainingsByRncpLevel",
            "confidence",
            "questionnaire",
            "barriers",
            "exits",
            "followUps",
            "qualitative");

    private final Database db;
    private final Stores stores;
    private final AggregateStore aggregates = new AggregateStore();
    private final SummaryStore summaries = new SummaryStore();
    private final SummaryProjectionStore projections = new SummaryProjectionStore();
    private final Clock clock;
    private final SummaryProjector projector;
    private final SharedWords sharedWords;

    public SummaryService(Database db, Stores stores, Clock clock) {
        this(db, stores, clock, new SummaryProjector(db, stores, Clock.systemUTC(), "summary-" + UUID.randomUUID()));
    }

    public SummaryService(Database db, Stores stores, Clock clock, SummaryProjector projector) {
        this.db = db;
        this.stores = stores;
        this.clock = clock;
        this.projector = projector;
        this.sharedWords = new SharedWords(stores);
    }

    public Summary summary(Principal principal, Map<String, String> query) {
        return build(principal, withoutTable(query), "READ_SUMMARY");
    }

    /** The figures; the query is logged as a read ({@code action}), in the same transaction. */
    private Summary build(Principal principal, Map<String, String> query, String action) {
        requireSupervisor(principal);
        SummaryRequest request = SummaryRequest.parse(query, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        UUID org = principal.organisationId();
        // the figures a moment old at most: the changes pushed so far are projected first, for a bounded wait
        projector.catchUp(org, FRESHNESS);
        return db.inTransaction(c -> {
            checkFilters(c, principal, request);
            stores.audit()
                    .append(
                            c,
                            org,
                            new AuditLog.Entry(
                                    principal.userId(),
                                    principal.deviceId(),
                                    clock.instant(),
                                    action,
                                    "organisation",
                                    org,
                                    null,
                                    null));
            int k = aggregates.kThreshold(c, org);
            // read before the figures: they count at least up to it
            SummaryProjectionStore.Cursor cursor = projections.cursor(c, org);
            return new SummaryTables(c, summaries, org, request, k)
                    .build()
                    .withCountedUpTo(new Summary.CountedUpTo(cursor.seq(), cursor.at()));
        });
    }

    /**
     * The words people shared with the structure, for the same period and filters as {@link #summary}: by theme, a
     * theme only when at least k people said its words. The read is audited as the figures are.
     */
    public SharedWords.Answer words(Principal principal, Map<String, String> query) {
        requireSupervisor(principal);
        SummaryRequest request =
                SummaryRequest.parse(withoutTable(query), LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        UUID org = principal.organisationId();
        projector.catchUp(org, FRESHNESS);
        return db.inTransaction(c -> {
            checkFilters(c, principal, request);
            stores.audit()
                    .append(
                            c,
                            org,
                            new AuditLog.Entry(
                                    principal.userId(),
                                    principal.deviceId(),
                                    clock.instant(),
                                    "READ_SUMMARY_WORDS",
                                    "organisation",
                                    org,
                                    null,
                                    null));
            return sharedWords.read(c, org, request, aggregates.kThreshold(c, org));
        });
    }

    /** One table as CSV ({@link SummaryCsv}); {@code table} names it. */
    public byte[] csv(Principal principal, Map<String, String> query) {
        requireSupervisor(principal);
        String name = query.get("table");
        if (name == null) {
            throw Refusal.invalid("invalid_parameter", "table is required: one of " + TABLES + ".");
        }
        if (!TABLES.contains(name)) {
            throw Refusal.invalid("invalid_parameter", "table must be one of " + TABLES + ".");
        }
        Map<String, String> filters = new java.util.LinkedHashMap<>(query);
        filters.remove("table");
        Summary summary = build(principal, filters, "EXPORT_SUMMARY_CSV");
        return SummaryCsv.table(summary, summary.table(name));
    }

    public byte[] exitsCsv(Principal principal, Map<String, String> query) {
        return SummaryCsv.exits(build(principal, withoutTable(query), "EXPORT_EXITS_CSV"));
    }

    public byte[] pdf(Principal principal, Map<String, String> query) {
        return SummaryPdf.report(build(principal, withoutTable(query), "EXPORT_REPORT_PDF"));
    }

    private static Map<String, String> withoutTable(Map<String, String> query) {
        if (query.containsKey("table")) {
            throw Refusal.invalid("invalid_parameter", "table is only given to /api/v1/summary.csv.");
        }
        return query;
    }

    public int kThreshold(Principal principal) {
        requireAdmin(principal);
        return db.inTransaction(c -> aggregates.kThreshold(c, principal.organisationId()));
    }

    public int setKThreshold(Principal principal, int k) {
        requireAdmin(principal);
        if (k < MIN_K || k > MAX_K) {
            throw Refusal.invalid("invalid_body", "k must be a whole number from " + MIN_K + " to " + MAX_K + ".");
        }
        return db.inTransaction(c -> {
            int before = aggregates.kThreshold(c, principal.organisationId());
            aggregates.setKThreshold(c, principal.organisationId(), k);
            aggregates.logKChange(c, principal.organisationId(), principal.userId(), clock.instant(), before, k);
            stores.audit()
                    .append(
                            c,
                            principal.organisationId(),
                            new AuditLog.Entry(
                                    principal.userId(),
                                    principal.deviceId(),
                                    clock.instant(),
                                    "SET_K_THRESHOLD",
                                    "organisation",
                                    principal.organisationId(),
                                    null,
                                    null));
            return k;
        });
    }

    /** Unknown values and other organisations' values give the same answer. */
    private void checkFilters(Connection c, Principal principal, SummaryRequest request) throws SQLException {
        var org = principal.organisationId();
        if (request.site() != null && !summaries.siteExists(c, org, request.site())) {
            throw Refusal.invalid("invalid_filter", "site: this organisation has no site of that name.");
        }
        if (request.counsellorId() != null
                && stores.users()
                        .find(c, org, request.counsellorId())
                        .filter(u -> u.role() == Role.COUNSELLOR)
                        .isEmpty()) {
            throw Refusal.invalid("invalid_filter", "counsellorId: this organisation has no counsellor with that id.");
        }
        // custom themes are words about people: filtering on one, used or not, gets the same refusal
        String theme = request.theme();
        if (theme != null
                && !Codes.THEMES.contains(theme)
                && !ThemeMapping.rows(c, org).contains(theme)) {
            throw Refusal.invalid(
                    "invalid_filter",
                    "theme must be one of " + Codes.THEMES + " or one of the organisation's goal themes (custom themes"
                            + " are counted together in the row " + SummaryTables.OTHER_CUSTOM + ").");
        }
    }

    private static void requireSupervisor(Principal principal) {
        if (principal.role() != Role.SUPERVISOR && principal.role() != Role.ADMIN) {
            throw Refusal.forbidden("Summaries are for supervisors and admins.");
        }
    }

    private static void requireAdmin(Principal principal) {
        if (principal.role() != Role.ADMIN) {
            throw Refusal.forbidden("Only an admin changes the organisation's settings.");
        }
    }

    static List<String> notes(int k) {
        List<String> notes = new ArrayList<>();
        notes.add("Figures are counts of people and events recorded by counsellors and the people they support;"
                + " they say what was recorded, not the whole of anyone's path.");
        notes.add("A figure standing on fewer than " + k + " people is hidden; so are, for the whole calendar year,"
                + " every other figure of its row, and some larger rows or the total, so that no hidden figure can be"
                + " worked out from a total, another period, a site or a counsellor. A hidden figure reads < " + k
                + " when its row stands on fewer than " + k + " people in the organisation's year, masqué"
                + " otherwise.");
        notes.add("Free-text goal themes are counted together in one row (OTHER_CUSTOM); their words stay on the"
                + " server. Those the organisation adopted or merged into one of its themes count under that theme's"
                + " code.");
        return notes;
    }
}
