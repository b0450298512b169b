package org.jalons;

import static org.jalons.BenchFigures.fx;
import static org.jalons.BenchFigures.median;
import static org.jalons.BenchFigures.rounded;
import static org.jalons.BenchFigures.show;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.jalons.i18n.Language;
import org.jalons.i18n.Messages;
import org.jalons.journal.Journal;
import org.jalons.journal.JournalHistory;
import org.jalons.journal.JournalKind;
import org.jalons.journal.JournalView;
import org.jalons.journal.JournalViewModel;
import org.jalons.journal.JournalWords;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Profiles;
import org.jalons.ui.DirectBackground;
import org.jalons.ui.EasyRead;
import org.jalons.ui.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Benchmark of a person's journal: five years of history, 2,000 entries (every kind in turn), in an encrypted store.
 * Not a timed test: it prints JSON figures. Run with {@code mvn -B -q test -Dtest=JournalBench -Djalons.bench=true}
 * (optionally {@code -Djalons.bench.entries=2000}). Forty runs: the first cold, nineteen of warm-up, twenty steady
 * (median and max printed). {@code openedMs}: from opening the screen (the store read, one query per kind) to the list
 * laid out on a phone's window; {@code filterMs}: one filter change (a kind, then a goal, in turn) to the list laid
 * out; {@code readMs}: the store's part alone. Target: opened ≤ 100 ms.
 */
@EnabledIfSystemProperty(named = "jalons.bench", matches = "true")
class JournalBench {
    private static final int RUNS = 40;
    private static final int WARM_UP = 20;

    @TempDir
    Path dir;

    @Test
    void fiveYearsOfAPersonsHistory() throws Exception {
        int entries = Integer.getInteger("jalons.bench.entries", 2000);
        Clock clock = Clock.systemUTC();
        ZoneId zone = ZoneOffset.UTC;
        LocalDate today = LocalDate.now(zone);
        Profiles profiles = new Profiles(dir, clock, 1000);
        UUID who;
        List<UUID> goals;
        long t0 = System.nanoTime();
        try (LocalStore store = profiles.create("Camille Martin", Role.COUNSELLOR, "123456".toCharArray())) {
            who = JournalHistory.person(store, "Léa P.", today.minusYears(5));
            goals = JournalHistory.fill(store, who, today, 5, entries);
        }
        long fillMs = (System.nanoTime() - t0) / 1_000_000;

        Messages messages = new Messages(Language.FRENCH);
        JournalWords words = new JournalWords(new EasyRead(messages, false, 1.0), false);
        Stage stage = FxToolkit.registerPrimaryStage();
        StackPane holder = new StackPane();
        fx(() -> {
            Scene scene = new Scene(holder, 400, 800);
            Theme.apply(scene);
            stage.setScene(scene);
            stage.show();
            return null;
        });
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (LocalStore store = profiles.unlock("123456".toCharArray())) {
            List<Double> openedMs = new ArrayList<>();
            List<Double> openedCpuMs = new ArrayList<>();
            List<Double> filterMs = new ArrayList<>();
            int[] shown = new int[3];
            for (int i = 0; i < RUNS; i++) {
                JournalViewModel[] model = new JournalViewModel[1];
                openedMs.add(fx(() -> {
                    long cpu = threads.getCurrentThreadCpuTime();
                    long s = System.nanoTime();
                    model[0] = new JournalViewModel(store, () -> who, new DirectBackground(), messages, zone);
                    JournalView view = new JournalView(model[0], words, "Journal", (e, beside) -> {});
                    show(holder, (Parent) view.node());
                    double ms = (System.nanoTime() - s) / 1e6;
                    openedCpuMs.add((threads.getCurrentThreadCpuTime() - cpu) / 1e6);
                    shown[0] = model[0].shownEntries();
                    shown[1] = view.node().lookupAll(".journal-row-entry").size();
                    return ms;
                }));
                WaitForAsyncUtils.waitForFxEvents(2);
                int run = i;
                filterMs.add(fx(() -> {
                    long s = System.nanoTime();
                    if (run % 2 == 0) {
                        model[0].showKind(JournalKind.values()[run / 2 % JournalKind.values().length]);
                    } else {
                        model[0].showGoal(goals.get(run % goals.size()));
                    }
                    holder.applyCss();
                    holder.layout();
                    shown[2] = model[0].shownEntries();
                    return (System.nanoTime() - s) / 1e6;
                }));
            }
            List<Double> readMs = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                long s = System.nanoTime();
                Journal.read(store, who, zone);
                readMs.add((System.nanoTime() - s) / 1e6);
            }
            if (shown[0] != entries || shown[1] == 0) {
                throw new AssertionError(
                        "The journal showed " + shown[0] + " entries of " + entries + ", " + shown[1] + " lines drawn");
            }
            System.out.println(String.format(
                    Locale.ROOT,
                    """
                    {"bench":"JournalBench","entries":%d,"years":5,"fillMs":%d,"linesDrawn":%d,
                     "openedMs":{"first":%.1f,"warmUpMedian":%.1f,"steadyMedian":%.1f,"steadyMax":%.1f,"all":%s},
                     "openedCpuMs":{"steadyMedian":%.1f,"steadyMax":%.1f},
                     "filterMs":{"first":%.1f,"steadyMedian":%.1f,"steadyMax":%.1f,"all":%s},
                     "readMs":{"steadyMedian":%.1f,"steadyMax":%.1f},
                     "lastFilterShown":%d,"targets":{"openedMs":100}}""",
                    entries,
                    fillMs,
                    shown[1],
                    openedMs.get(0),
                    median(openedMs.subList(1, WARM_UP)),
                    median(openedMs.subList(WARM_UP, RUNS)),
                    Collections.max(openedMs.subList(WARM_UP, RUNS)),
                    rounded(openedMs),
                    median(openedCpuMs.subList(WARM_UP, RUNS)),
                    Collections.max(openedCpuMs.subList(WARM_UP, RUNS)),
                    filterMs.get(0),
                    median(filterMs.subList(WARM_UP, RUNS)),
                    Collections.max(filterMs.subList(WARM_UP, RUNS)),
                    rounded(filterMs),
                    median(readMs.subList(WARM_UP, RUNS)),
                    Collections.max(readMs.subList(WARM_UP, RUNS)),
                    shown[2]));
        }
        FxToolkit.cleanupStages();
    }
}
