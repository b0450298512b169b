package org.jalons.supervisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jalons.i18n.Language;
import org.jalons.i18n.Messages;
import org.jalons.platform.FakeShareService;
import org.jalons.storage.LocalStore;
import org.jalons.storage.SummaryCache;
import org.jalons.storage.TestStores;
import org.jalons.sync.SummaryQuery;
import org.jalons.sync.SummaryQuery.Period;
import org.jalons.sync.SummaryRefusedException;
import org.jalons.sync.SummarySource;
import org.jalons.sync.SyncException;
import org.jalons.sync.SyncProblem;
import org.jalons.ui.DirectBackground;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DashboardViewModelTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);

    /** Answers from a map of query key → JSON; offline when told so. */
    static final class FakeSource implements SummarySource {
        final Map<String, String> answers = new HashMap<>();
        final List<SummaryQuery> asked = new ArrayList<>();
        String fallback = SummaryJsonSamples.quarter();
        SyncProblem failing;
        boolean forbidden;

        @Override
        public boolean isPaired() {
            return failing != SyncProblem.NOT_PAIRED;
        }

        @Override
        public String summaryJson(SummaryQuery query) throws SyncException {
            asked.add(query);
            check();
            return answers.getOrDefault(query.key(), fallback);
        }

        private void check() throws SyncException {
            if (forbidden) {
                throw new SummaryRefusedException(403, "forbidden", "403");
            }
            if (failing != null) {
                throw new SyncException(failing, "fake");
            }
        }

        String words = "{\"k\":5,\"groups\":[],\"suppressed\":0}";

        @Override
        public String wordsJson(SummaryQuery query) throws SyncException {
            check();
            return words;
        }

        @Override
        public byte[] tableCsv(SummaryQuery query, String table) throws SyncException {
            check();
            return ("csv " + table).getBytes();
        }

        @Override
        public byte[] exitsCsv(SummaryQuery query) throws SyncException {
            check();
            return "exits".getBytes();
        }

        @Override
        public byte[] reportPdf(SummaryQuery query) throws SyncException {
            check();
            return "%PDF-1.7".getBytes();
        }
    }

    @TempDir
    Path dir;

    LocalStore store;
    FakeSource source = new FakeSource();
    FakeShareService share = new FakeShareService();
    Messages messages = new Messages(Language.FRENCH);

    @BeforeEach
    void open() {
        store = TestStores.counsellorStore(dir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    DashboardViewModel model(Clock clock) {
        return new DashboardViewModel(
                source,
                new SummaryCache(store.database()),
                share,
                new DirectBackground(),
                messages,
                clock,
                ZoneOffset.UTC,
                store.teamCounsellors()::all);
    }

    @Test
    void filtersMakeTheServersPeriodsFromTheFirstDay() {
        DashboardViewModel model = model(CLOCK);
        assertThat(model.query().key()).isEqualTo("period=quarter&from=2026-10-01");
        model.periodProperty().set(Period.MONTH);
        assertThat(model.query().from()).isEqualTo(LocalDate.of(2026, 11, 1));
        model.themeProperty().set("MOBILITE");
        assertThat(model.query().parameters()).containsEntry("period", "month").containsEntry("theme", "MOBILITE");
        // a site (or a counsellor) is answered for a calendar year and without a theme: that is what is asked
        model.siteProperty().set(" Atelier & co ");
        assertThat(model.query().parameters())
                .containsEntry("period", "year")
                .containsEntry("from", "2026-01-01")
                .containsEntry("site", "Atelier & co")
                .doesNotContainKey("theme");
        model.siteProperty().set("");
        // a free range saved by an older version reads as its first month: the server answers calendar periods only
        model.periodProperty().set(Period.CUSTOM);
        model.fromProperty().set(LocalDate.of(2026, 2, 14));
        model.toProperty().set(LocalDate.of(2026, 5, 3));
        assertThat(model.query().period()).isEqualTo(Period.MONTH);
        assertThat(model.query().from()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(model.query().to()).isNull();
        assertThat(SummaryQuery.fromKey(model.query().key())).isEqualTo(model.query());
        model.periodProperty().set(Period.QUARTER);
        model.shift(-1);
        assertThat(source.asked.get(source.asked.size() - 1).from()).isEqualTo(LocalDate.of(2025, 10, 1));
    }

    @Test
    void theWordsPeopleSharedComeWithTheFiguresAndSayHowManyThemesStayHidden() {
        source.words = "{\"k\":5,\"groups\":[{\"theme\":\"MOBILITE\",\"words\":[{\"month\":\"2026-10\","
                + "\"text\":\"Je prends le bus seule\"}]},{\"theme\":null,\"words\":[]}],\"suppressed\":2}";
        DashboardViewModel model = model(CLOCK);
        model.open();

        SharedWordsData words = model.wordsProperty().get();
        assertThat(words.groups()).extracting(SharedWordsData.Group::theme).containsExactly("MOBILITE", null);
        assertThat(words.groups().get(0).words())
                .containsExactly(new SharedWordsData.Word("2026-10", "Je prends le bus seule"));
        assertThat(words.suppressed()).isEqualTo(2);
        assertThat(messages.get("words.suppressed", words.suppressed()))
                .isEqualTo("2 thèmes\u00a0: trop peu de personnes pour montrer leurs mots");

        source.failing = SyncProblem.NO_NETWORK;
        model.refresh();
        assertThat(model.wordsProperty().get()).isNull(); // never shown from an old answer
    }

    @Test
    void offlineTheLastFetchedSummaryIsShownWithItsDate() {
        model(CLOCK).open();
        assertThat(source.asked).hasSize(1);

        source.failing = SyncProblem.NO_NETWORK;
        Clock later = Clock.offset(CLOCK, java.time.Duration.ofDays(2));
        DashboardViewModel offline = model(later);
        offline.open();

        assertThat(offline.summaryProperty().get()).isNotNull();
        assertThat(offline.fromCacheProperty().get()).isTrue();
        assertThat(offline.fetchedAtProperty().get()).isEqualTo(CLOCK.instant());
        assertThat(offline.dataDateProperty().get()).startsWith("Chiffres enregistrés le 26 nov. 2026");
        // a passing word (a snackbar), not a line over the figures, which say they are saved
        assertThat(offline.noticeProperty().get()).contains("derniers chiffres reçus");
        assertThat(offline.messageProperty().get()).isEmpty();
    }

    @Test
    void theFiguresSayUpToWhichChangeTheyCountInThePersonsLanguage() {
        DashboardViewModel model = model(CLOCK);
        model.open();
        assertThat(model.countedUpToProperty().get())
                .startsWith("Chiffres arrêtés au 26 nov. 2026")
                .contains("09:30")
                .endsWith("(changement n° 12345)");
        assertThat(model.summaryProperty().get().countedUpTo())
                .isEqualTo(new SummaryData.CountedUpTo(12345, Instant.parse("2026-11-26T09:30:00Z")));

        messages.setLanguage(Language.ENGLISH);
        source.fallback = SummaryJsonSamples.quarter()
                .replace(
                        "\"countedUpTo\":{\"seq\":12345,\"at\":\"2026-11-26T09:30:00Z\"}",
                        "\"countedUpTo\":{\"seq\":7,\"at\":null}");
        model.refresh();
        assertThat(model.countedUpToProperty().get()).isEqualTo("Figures counted up to change no. 7");

        // a server that does not say it: nothing is claimed
        source.fallback = SummaryJsonSamples.wholeHidden();
        model.refresh();
        assertThat(model.countedUpToProperty().get()).isEmpty();
    }

    @Test
    void offlineWithNothingSavedOrNotPairedSaysSoPlainly() {
        source.failing = SyncProblem.NO_NETWORK;
        DashboardViewModel model = model(CLOCK);
        model.open();
        assertThat(model.summaryProperty().get()).isNull();
        assertThat(model.messageProperty().get()).startsWith("Pas de connexion");

        source.failing = SyncProblem.NOT_PAIRED;
        model.refresh();
        assertThat(model.messageProperty().get()).contains("pas encore relié à la structure");
    }

    @Test
    void aCounsellorAccountIsToldTheFiguresAreNotForIt() {
        source.forbidden = true;
        DashboardViewModel model = model(CLOCK);
        model.open();
        assertThat(model.messageProperty().get()).contains("réservés à l’encadrement");
    }

    @Test
    void hiddenCellsReadLessThanKOrMaskedAndFiguresKeepTheirPeople() {
        SummaryData data = SummaryData.parse(SummaryJsonSamples.quarter());
        SummaryFormat format = new SummaryFormat(messages);
        SummaryData.Table goals = data.table("goals").orElseThrow();
        assertThat(format.value(goals.rows().get(0).cell("opened"), "COUNT", data.k()))
                .isEqualTo("< 5");
        // a total hidden to protect its rows never reads "< 5" next to a row of 9
        assertThat(format.value(goals.total().cell("opened"), "COUNT", data.k()))
                .isEqualTo("masqué");
        assertThat(new SummaryFormat(new Messages(Language.ENGLISH))
                        .value(goals.total().cell("opened"), "COUNT", data.k()))
                .isEqualTo("hidden");
        assertThat(format.rowLabel("goals", "OTHER_CUSTOM")).isEqualTo("Autres thèmes (libres)");
        assertThat(format.value(goals.rows().get(1).cell("opened"), "COUNT", data.k()))
                .isEqualTo("9");
        assertThat(format.people(goals.rows().get(1).cell("opened"))).isEqualTo("7 pers.");
        assertThat(format.people(goals.rows().get(0).cell("opened"))).isEmpty();
        assertThat(format.rowLabel("goals", "MOBILITE")).isEqualTo("Mobilité");
        assertThat(format.rowLabel("goals", "custom:Jardinage")).isEqualTo("Jardinage");
        SummaryData.Row total = data.table("confidence").orElseThrow().total();
        assertThat(format.value(total.cell("selfLatest"), "RATING", 5)).isEqualTo("7,5");
        assertThat(format.value(data.table("exits").orElseThrow().rows().get(0).cell("rate"), "RATE", 5))
                .isIn("50\u00a0%", "50\u202f%");
        assertThat(new SummaryFormat(new Messages(Language.ENGLISH))
                        .people(goals.rows().get(1).cell("opened")))
                .isEqualTo("7 people");
    }

    @Test
    void drillDownOnAThemeAsksTheServerAndGoesBack() {
        DashboardViewModel model = model(CLOCK);
        model.open();
        model.drillDownTheme("FRANCAIS");
        assertThat(source.asked.get(source.asked.size() - 1).theme()).isEqualTo("FRANCAIS");
        assertThat(model.canGoUpProperty().get()).isTrue();
        model.drillUp();
        assertThat(source.asked.get(source.asked.size() - 1).theme()).isNull();
        assertThat(model.canGoUpProperty().get()).isFalse();
    }

    @Test
    void drillDownStopsAtKBeforeAskingAndWhenTheServerHidesTheWhole() {
        DashboardViewModel model = model(CLOCK);
        model.open();
        assertThat(model.legendProperty().get()).contains("«\u00a0< 5\u00a0»").contains("«\u00a0masqué\u00a0»");
        int asked = source.asked.size();
        model.drillDownTheme("MOBILITE");
        assertThat(source.asked).hasSize(asked);
        assertThat(model.explanationProperty().get()).contains("moins de 5 personnes");
        assertThat(model.summaryProperty().get().table("goals")).isPresent();

        source.answers.put(model.query().withTheme("FRANCAIS").key(), SummaryJsonSamples.wholeHidden());
        model.drillDownTheme("FRANCAIS");
        assertThat(model.summaryProperty().get().suppressedAsWhole()).isTrue();
        assertThat(model.explanationProperty().get())
                .contains("moins de 5 personnes")
                .contains("personne ne puisse être reconnu");
    }

    @Test
    void exportsAreDownloadedAndHandedToTheShareService() {
        DashboardViewModel model = model(CLOCK);
        model.open();
        model.exportPdf();
        model.exportExitsCsv();
        model.exportTableCsv("goals");
        assertThat(share.shared)
                .extracting(FakeShareService.Shared::fileName)
                .containsExactly(
                        "jalons-rapport-2026-10-01.pdf",
                        "jalons-sorties-2026-10-01.csv",
                        "jalons-goals-2026-10-01.csv");
        assertThat(share.shared.get(0).mimeType()).isEqualTo("application/pdf");
        // "file saved" is a snackbar; the line under the buttons is for what failed
        assertThat(model.noticeProperty().get()).contains("jalons-goals-2026-10-01.csv");
        assertThat(model.shareMessageProperty().get()).isEmpty();

        source.failing = SyncProblem.NO_NETWORK;
        model.exportPdf();
        assertThat(share.shared).hasSize(3);
        assertThat(model.shareMessageProperty().get()).contains("connexion");
    }
}
