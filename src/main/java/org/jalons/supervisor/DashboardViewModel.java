package org.jalons.supervisor;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jalons.domain.TeamCounsellor;
import org.jalons.i18n.Messages;
import org.jalons.platform.ShareService;
import org.jalons.storage.SummaryCache;
import org.jalons.sync.SummaryQuery;
import org.jalons.sync.SummaryQuery.Period;
import org.jalons.sync.SummaryRefusedException;
import org.jalons.sync.SummarySource;
import org.jalons.sync.SyncException;
import org.jalons.sync.SyncProblem;
import org.jalons.ui.Background;
import org.jalons.ui.kit.DateFormats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The supervisor's dashboard: filters, the server's summary for them (fetched off the screen's thread and saved),
 * the last saved one when the server cannot be reached (with its date), drill-down by theme that stops where a
 * group would be smaller than k, and the server's CSV and PDF exports handed to {@link ShareService}.
 */
public final class DashboardViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(DashboardViewModel.class);

    private final SummarySource source;
    private final SummaryCache cache;
    private final ShareService share;
    private final Background background;
    private final Messages messages;
    private final Clock clock;
    private final ZoneId zone;

    private final ObjectProperty<Period> period = new SimpleObjectProperty<>(this, "period", Period.QUARTER);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final StringProperty site = new SimpleStringProperty(this, "site", "");
    private final StringProperty counsellorId = new SimpleStringProperty(this, "counsellorId", "");
    private final StringProperty theme = new SimpleStringProperty(this, "theme", "");

    private final ObjectProperty<SummaryData> summary = new SimpleObjectProperty<>(this, "summary");
    private final ObjectProperty<Instant> fetchedAt = new SimpleObjectProperty<>(this, "fetchedAt");
    private final BooleanProperty fromCache = new SimpleBooleanProperty(this, "fromCache");
    private final StringProperty dataDate = new SimpleStringProperty(this, "dataDate", "");
    /** Up to which change of the organisation the server's figures count (they may be a moment old). */
    private final StringProperty countedUpTo = new SimpleStringProperty(this, "countedUpTo", "");

    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final StringProperty explanation = new SimpleStringProperty(this, "explanation", "");
    /** How to read "< k" and "masqué", shown when the summary hides something. */
    private final StringProperty legend = new SimpleStringProperty(this, "legend", "");

    private final StringProperty shareMessage = new SimpleStringProperty(this, "shareMessage", "");
    private final StringProperty notice = new SimpleStringProperty(this, "notice", "");
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    private final BooleanProperty canGoUp = new SimpleBooleanProperty(this, "canGoUp");
    private final Deque<SummaryQuery> drillHistory = new ArrayDeque<>();
    /** The organisation's counsellors as the last sync kept them: the "team member" filter's choices. */
    private final Supplier<List<TeamCounsellor>> teamSource;

    private final ObservableList<TeamCounsellor> team = FXCollections.observableArrayList();

    /** The words people shared for the same query (null until asked, or when they could not be). */
    private final ObjectProperty<SharedWordsData> words = new SimpleObjectProperty<>(this, "words");

    private final StringProperty wordsMessage = new SimpleStringProperty(this, "wordsMessage", "");

    public DashboardViewModel(
            SummarySource source,
            SummaryCache cache,
            ShareService share,
            Background background,
            Messages messages,
            Clock clock,
            ZoneId zone,
            Supplier<List<TeamCounsellor>> team) {
        this.source = source;
        this.teamSource = team;
        this.cache = cache;
        this.share = share;
        this.background = background;
        this.messages = messages;
        this.clock = clock;
        this.zone = zone;
        from.set(LocalDate.now(clock.withZone(zone)));
    }

    /** Opens on the last saved summary (its filters and figures, shown at once), then asks the server again. */
    public void open() {
        loading.set(true);
        background.run(teamSource::get, team::setAll, failure -> LOG.error("The team could not be read", failure));
        background.run(
                cache::latest,
                latest -> {
                    latest.ifPresent(entry -> {
                        setFilters(SummaryQuery.fromKey(entry.queryKey()));
                        show(entry, true);
                    });
                    refresh();
                },
                failure -> {
                    LOG.error("The saved summary could not be read", failure);
                    refresh();
                });
    }

    /**
     * The query the filters make, as the server answers it (PROTOCOL.md, summaries): a calendar month, quarter or
     * year (a saved free range reads as its first month); a site or a counsellor for a whole year and without a
     * theme.
     */
    public SummaryQuery query() {
        LocalDate day = from.get() == null ? LocalDate.now(clock.withZone(zone)) : from.get();
        boolean scoped = !site.get().isBlank() || !counsellorId.get().isBlank();
        Period asked = scoped ? Period.YEAR : period.get() == Period.CUSTOM ? Period.MONTH : period.get();
        LocalDate first = switch (asked) {
            case MONTH, CUSTOM -> day.withDayOfMonth(1);
            case QUARTER -> day.withDayOfMonth(1).withMonth(((day.getMonthValue() - 1) / 3) * 3 + 1);
            case YEAR -> day.withDayOfYear(1);
        };
        return new SummaryQuery(asked, first, null, site.get(), counsellorId.get(), scoped ? "" : theme.get());
    }

    /** The filters were changed by the person: a new question, so the drill-down history starts again. */
    public void apply() {
        drillHistory.clear();
        canGoUp.set(false);
        refresh();
    }

    /** Moves the period one step back (-1) or forward (+1). */
    public void shift(int steps) {
        SummaryQuery asked = query();
        LocalDate first = asked.from();
        from.set(
                switch (asked.period()) {
                    case MONTH, CUSTOM -> first.plusMonths(steps);
                    case QUARTER -> first.plusMonths(3L * steps);
                    case YEAR -> first.plusYears(steps);
                });
        apply();
    }

    /** Asks the server for the current filters; falls back on the saved answer when it cannot be reached. */
    public void refresh() {
        SummaryQuery query = query();
        loading.set(true);
        explanation.set("");
        background.run(
                () -> fetch(query),
                result -> {
                    loading.set(false);
                    message.set("");
                    show(result, false);
                    fetchWords(query);
                },
                failure -> {
                    loading.set(false);
                    words.set(null);
                    failed(query, failure);
                });
    }

    /** The shared words of the query, asked after its figures (never saved: they are read fresh or not at all). */
    private void fetchWords(SummaryQuery query) {
        loading.set(true);
        background.run(
                () -> SharedWordsData.parse(source.wordsJson(query)),
                answer -> {
                    loading.set(false);
                    wordsMessage.set("");
                    words.set(answer);
                },
                failure -> {
                    loading.set(false);
                    LOG.warn("The shared words could not be fetched", failure);
                    words.set(null);
                    wordsMessage.set(messages.get("words.unavailable"));
                });
    }

    public ReadOnlyObjectProperty<SharedWordsData> wordsProperty() {
        return words;
    }

    public ReadOnlyStringProperty wordsMessageProperty() {
        return wordsMessage;
    }

    private SummaryCache.Entry fetch(SummaryQuery query) throws SyncException {
        String json = source.summaryJson(query);
        SummaryData.parse(json);
        Instant now = clock.instant();
        cache.put(query.key(), json, now);
        return new SummaryCache.Entry(query.key(), json, now);
    }

    private void failed(SummaryQuery query, Throwable failure) {
        if (failure instanceof SummaryRefusedException refused) {
            LOG.warn("The server refused the summary: {}", refused.getMessage());
            message.set(messages.get(refused.forbidden() ? "dashboard.error.forbidden" : "dashboard.error.filter"));
            return;
        }
        boolean unreachable = failure instanceof SyncException e
                && (e.problem() == SyncProblem.NO_NETWORK
                        || e.problem() == SyncProblem.SERVER_UNAVAILABLE
                        || e.problem() == SyncProblem.NOT_PAIRED);
        if (!unreachable) {
            LOG.error("The summary could not be fetched", failure);
        } else {
            LOG.info("Summary from the server unavailable: {}", failure.getMessage());
        }
        Optional<SummaryCache.Entry> saved = readSaved(query);
        boolean notPaired = failure instanceof SyncException e && e.problem() == SyncProblem.NOT_PAIRED;
        if (saved.isPresent()) {
            show(saved.get(), true);
            // the figures are there (their date says "saved"): a passing word, not a line over them
            message.set("");
            say(messages.get(notPaired ? "dashboard.offline.notPaired" : "dashboard.offline.saved"));
        } else {
            summary.set(null);
            fetchedAt.set(null);
            dataDate.set("");
            countedUpTo.set("");
            message.set(messages.get(
                    notPaired
                            ? "dashboard.error.notPaired"
                            : unreachable ? "dashboard.error.offlineNothingSaved" : "dashboard.error.unreadable"));
        }
    }

    private Optional<SummaryCache.Entry> readSaved(SummaryQuery query) {
        try {
            return cache.get(query.key());
        } catch (RuntimeException e) {
            LOG.error("The saved summary could not be read", e);
            return Optional.empty();
        }
    }

    private void show(SummaryCache.Entry entry, boolean saved) {
        SummaryData data;
        try {
            data = SummaryData.parse(entry.json());
        } catch (IllegalArgumentException e) {
            LOG.error("A saved summary is unreadable", e);
            message.set(messages.get("dashboard.error.unreadable"));
            return;
        }
        summary.set(data);
        fetchedAt.set(entry.fetchedAt());
        fromCache.set(saved);
        dataDate.set(messages.get(saved ? "dashboard.date.saved" : "dashboard.date.fresh", when(entry.fetchedAt())));
        countedUpTo.set(countedUpTo(data.countedUpTo()));
        explanation.set(data.suppressedAsWhole() ? messages.get("dashboard.wholeHidden", data.k()) : "");
        boolean hides = data.tables().stream()
                .flatMap(t -> java.util.stream.Stream.concat(
                        t.rows().stream(), java.util.stream.Stream.ofNullable(t.total())))
                .anyMatch(r -> r.cells().values().stream().anyMatch(SummaryData.Cell::suppressed));
        legend.set(hides ? messages.get("dashboard.hiddenExplained", data.k()) : "");
    }

    private String when(Instant instant) {
        return DateFormats.dateTime(instant.atZone(zone), messages.locale());
    }

    /** The change number as it is written on the exports: digits, no grouping. */
    private String countedUpTo(SummaryData.CountedUpTo counted) {
        if (counted == null) {
            return "";
        }
        String seq = Long.toString(counted.seq());
        return counted.at() == null
                ? messages.get("dashboard.countedUpTo.noDate", seq)
                : messages.get("dashboard.countedUpTo", when(counted.at()), seq);
    }

    /**
     * Narrows the summary to one theme. A theme whose figures stand on fewer than k people (hidden, or fewer
     * people than k) is not asked for: the plain-words explanation shows instead, and the figures stay.
     */
    public void drillDownTheme(String themeCode) {
        SummaryData current = summary.get();
        if (current == null || themeCode == null || "TOTAL".equals(themeCode)) {
            return;
        }
        if (!site.get().isBlank() || !counsellorId.get().isBlank()) { // a theme is asked organisation-wide only
            explanation.set(messages.get("dashboard.scopeHint"));
            return;
        }
        if (!enoughPeople(current, themeCode)) {
            explanation.set(messages.get("dashboard.drillStops", current.k()));
            return;
        }
        drillHistory.push(query());
        canGoUp.set(true);
        theme.set(themeCode);
        refresh();
    }

    /** Goes back to the filters before the last drill-down. */
    public void drillUp() {
        if (drillHistory.isEmpty()) {
            return;
        }
        setFilters(drillHistory.pop());
        canGoUp.set(!drillHistory.isEmpty());
        refresh();
    }

    private static boolean enoughPeople(SummaryData data, String themeCode) {
        for (String table : new String[] {"goals", "confidence"}) {
            Optional<SummaryData.Row> row = data.table(table)
                    .flatMap(t -> t.rows().stream()
                            .filter(r -> r.key().equals(themeCode))
                            .findFirst());
            if (row.isPresent()) {
                return row.get().cells().values().stream().anyMatch(c -> !c.suppressed() && c.people() >= data.k());
            }
        }
        return false;
    }

    private void setFilters(SummaryQuery q) {
        period.set(q.period());
        from.set(q.from());
        to.set(q.to());
        site.set(q.site() == null ? "" : q.site());
        counsellorId.set(q.counsellorId() == null ? "" : q.counsellorId());
        theme.set(q.theme() == null ? "" : q.theme());
    }

    /** The period report (PDF) of the current filters, from the server, handed to the share service. */
    public void exportPdf() {
        SummaryQuery q = query();
        download(() -> source.reportPdf(q), "jalons-rapport-" + q.from() + ".pdf", "application/pdf");
    }

    /** Exits by IAE category (CSV). */
    public void exportExitsCsv() {
        SummaryQuery q = query();
        download(() -> source.exitsCsv(q), "jalons-sorties-" + q.from() + ".csv", "text/csv");
    }

    /** One table (CSV). */
    public void exportTableCsv(String table) {
        SummaryQuery q = query();
        download(() -> source.tableCsv(q, table), "jalons-" + table + "-" + q.from() + ".csv", "text/csv");
    }

    private void download(java.util.concurrent.Callable<byte[]> fetch, String fileName, String type) {
        shareMessage.set(messages.get("dashboard.export.downloading"));
        background.run(
                fetch,
                bytes -> {
                    try {
                        ShareService.Outcome outcome =
                                share.share(messages.get("dashboard.export.subject"), fileName, type, bytes);
                        shareMessage.set("");
                        if (outcome == ShareService.Outcome.SHARED) {
                            say(messages.get("dashboard.export.done", fileName));
                        }
                    } catch (java.io.IOException | RuntimeException e) {
                        LOG.error("The export {} could not be saved", fileName, e);
                        shareMessage.set(messages.get("dashboard.export.notSaved"));
                    }
                },
                failure -> {
                    LOG.warn("The export {} could not be downloaded: {}", fileName, failure.toString());
                    shareMessage.set(messages.get(
                            failure instanceof SummaryRefusedException r && r.forbidden()
                                    ? "dashboard.error.forbidden"
                                    : "dashboard.export.offline"));
                });
    }

    public ObjectProperty<Period> periodProperty() {
        return period;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty siteProperty() {
        return site;
    }

    public StringProperty counsellorIdProperty() {
        return counsellorId;
    }

    /** The organisation's counsellors by name ("Toute l’équipe" is the empty id, before them). */
    public ObservableList<TeamCounsellor> team() {
        return team;
    }

    public StringProperty themeProperty() {
        return theme;
    }

    public ReadOnlyObjectProperty<SummaryData> summaryProperty() {
        return summary;
    }

    public ReadOnlyObjectProperty<Instant> fetchedAtProperty() {
        return fetchedAt;
    }

    public ReadOnlyBooleanProperty fromCacheProperty() {
        return fromCache;
    }

    public ReadOnlyStringProperty dataDateProperty() {
        return dataDate;
    }

    public ReadOnlyStringProperty countedUpToProperty() {
        return countedUpTo;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyStringProperty explanationProperty() {
        return explanation;
    }

    public ReadOnlyStringProperty legendProperty() {
        return legend;
    }

    public ReadOnlyStringProperty shareMessageProperty() {
        return shareMessage;
    }

    /**
     * A passing word the screen says in a snackbar: the file is saved, or the server is out of reach and the saved
     * figures show. What the supervisor must act on stays in {@link #messageProperty()} and
     * {@link #shareMessageProperty()}.
     */
    public ReadOnlyStringProperty noticeProperty() {
        return notice;
    }

    private void say(String words) {
        notice.set(""); // said again even when the words are the same as last time's
        notice.set(words);
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyBooleanProperty canGoUpProperty() {
        return canGoUp;
    }

    public Messages messages() {
        return messages;
    }
}
