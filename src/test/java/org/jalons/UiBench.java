package org.jalons;

import static org.jalons.BenchFigures.fx;
import static org.jalons.BenchFigures.median;
import static org.jalons.BenchFigures.show;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
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
import org.jalons.caseload.BeneficiaryFile;
import org.jalons.caseload.CaseloadView;
import org.jalons.caseload.CaseloadViewModel;
import org.jalons.caseload.EditorTarget;
import org.jalons.caseload.FileView;
import org.jalons.caseload.FileViewModel;
import org.jalons.i18n.Language;
import org.jalons.i18n.Messages;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.CaseloadGenerator;
import org.jalons.storage.CaseloadRow;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Profiles;
import org.jalons.ui.DirectBackground;
import org.jalons.ui.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Benchmark of the counsellor screens on a large encrypted store: 500 people with 24 months of history each.
 * Not a timed test: it prints JSON figures. Run with
 * {@code mvn -B -q test -Dtest=UiBench -Djalons.bench=true} (optionally {@code -Djalons.bench.people=500
 * -Djalons.bench.months=24}). The caseload is shown 30 times: the first (cold), nine of warm-up, then twenty
 * steady ones. Targets: caseload shown ≤ 100 ms (steady), file opened (its summary header and first tab)
 * ≤ 100 ms, each other tab shown ≤ 100 ms ({@code fileTabShownMs}), heap after ten files ≤ 128 MB after GC.
 * {@code fileAllSectionsMs} adds the opening and every tab: the whole file, as it was shown before the tabs.
 */
@EnabledIfSystemProperty(named = "jalons.bench", matches = "true")
class UiBench {
    @TempDir
    Path dir;

    @Test
    void caseloadAndFilesOnALargeStore() throws Exception {
        int people = Integer.getInteger("jalons.bench.people", 500);
        int months = Integer.getInteger("jalons.bench.months", 24);
        Clock clock = Clock.systemUTC();
        ZoneId zone = ZoneOffset.UTC;
        // -Djalons.bench.dir=/tmp/x keeps the generated store between runs (generation takes about a minute).
        Path home =
                System.getProperty("jalons.bench.dir") == null ? dir : Path.of(System.getProperty("jalons.bench.dir"));
        Profiles profiles = new Profiles(home, clock, 1000);
        long t0 = System.nanoTime();
        if (!profiles.hasOwnProfile()) {
            try (LocalStore store = profiles.create("Camille Martin", Role.COUNSELLOR, "123456".toCharArray())) {
                CaseloadGenerator.generate(
                        store,
                        people,
                        months,
                        LocalDate.now(zone),
                        store.profile().userId());
            }
        }
        long generateMs = (System.nanoTime() - t0) / 1_000_000;

        Messages messages = new Messages(Language.FRENCH);
        Stage stage = FxToolkit.registerPrimaryStage();
        StackPane holder = new StackPane();
        fx(() -> {
            Scene scene = new Scene(holder, 400, 800);
            Theme.apply(scene);
            stage.setScene(scene);
            stage.show();
            return null;
        });

        try (LocalStore store = profiles.unlock("123456".toCharArray())) {
            List<Double> caseloadMs = new ArrayList<>();
            // CPU time of the FX thread too: on a shared machine it varies much less than the wall time.
            List<Double> caseloadCpuMs = new ArrayList<>();
            int[] caseloadNodes = new int[3];
            java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            List<CaseloadRow> rows = new ArrayList<>();
            // Run 1 is cold (classes loaded, styles matched, code interpreted); runs 2-10 are the JIT's warm-up, as in
            // JMH; runs 11-30 are the steady figure compared with the target. All are printed.
            int caseloadRuns = Math.max(WARM_UP + 1, Integer.getInteger("jalons.bench.caseloadRuns", 30));
            for (int i = 0; i < caseloadRuns; i++) {
                caseloadMs.add(fx(() -> {
                    long cpu = threads.getCurrentThreadCpuTime();
                    long s = System.nanoTime();
                    CaseloadViewModel model = new CaseloadViewModel(
                            store.beneficiaries()::caseload, new DirectBackground(), messages, clock, zone);
                    CaseloadView view = new CaseloadView(model, messages, zone, "Camille", () -> {}, id -> {});
                    show(holder, (Parent) view.node());
                    double ms = (System.nanoTime() - s) / 1e6;
                    caseloadCpuMs.add((threads.getCurrentThreadCpuTime() - cpu) / 1e6);
                    caseloadNodes[0] = nodes(view.node());
                    javafx.scene.Node list = view.node().lookup("#caseload");
                    caseloadNodes[1] = nodes(list);
                    caseloadNodes[2] = list.lookupAll(".caseload-cell").size();
                    rows.clear();
                    rows.addAll(model.visibleRows());
                    return ms;
                }));
            }
            long records = store.database().read(c -> {
                try (var st = c.createStatement();
                        var rs = st.executeQuery(
                                "SELECT (SELECT COUNT(*) FROM CHECK_IN) + (SELECT COUNT(*) FROM INTERVIEW)"
                                        + " + (SELECT COUNT(*) FROM GOAL) + (SELECT COUNT(*) FROM QUESTIONNAIRE_RESPONSE)")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            List<Double> queryMs = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                long s = System.nanoTime();
                store.beneficiaries().caseload();
                queryMs.add((System.nanoTime() - s) / 1e6);
            }
            List<Double> fileMs = new ArrayList<>();
            List<Double> fileAllMs = new ArrayList<>();
            // Each tab but the first (shown with the header when the file opens): tapped, built, laid out.
            List<String> tabs =
                    List.of(FileView.TAB_BARRIERS, FileView.TAB_INTERVIEWS, FileView.TAB_EXIT, FileView.TAB_PROFILE);
            java.util.Map<String, List<Double>> tabMs = new java.util.LinkedHashMap<>();
            tabs.forEach(t -> tabMs.put(t, new ArrayList<>()));
            // CPU time of the FX thread for the same: on a shared machine it varies much less than the wall time.
            List<Double> fileCpuMs = new ArrayList<>();
            java.util.Map<String, List<Double>> tabCpuMs = new java.util.LinkedHashMap<>();
            tabs.forEach(t -> tabCpuMs.put(t, new ArrayList<>()));
            Collections.shuffle(rows, new java.util.Random(1));
            for (int i = 0; i < 10; i++) {
                UUID who = rows.get(i).beneficiaryId();
                long s = System.nanoTime();
                FileView[] shown = new FileView[1];
                fileMs.add(fx(() -> {
                    long cpu = threads.getCurrentThreadCpuTime();
                    FileViewModel model = new FileViewModel(store, who, new DirectBackground(), messages, clock);
                    FileView view = new FileView(model, messages, zone, noActions());
                    show(holder, (Parent) view.node());
                    shown[0] = view;
                    fileCpuMs.add((threads.getCurrentThreadCpuTime() - cpu) / 1e6);
                    return (System.nanoTime() - s) / 1e6;
                }));
                WaitForAsyncUtils.waitForFxEvents(2);
                double tabsTotal = 0;
                for (String tab : tabs) {
                    double ms = fx(() -> {
                        long cpu = threads.getCurrentThreadCpuTime();
                        long t = System.nanoTime();
                        shown[0].tabs().select(tab);
                        holder.applyCss();
                        holder.layout();
                        tabCpuMs.get(tab).add((threads.getCurrentThreadCpuTime() - cpu) / 1e6);
                        return (System.nanoTime() - t) / 1e6;
                    });
                    tabMs.get(tab).add(ms);
                    tabsTotal += ms;
                }
                // The whole file as it was before the tabs: the header and every section built and laid out.
                fileAllMs.add(fileMs.get(i) + tabsTotal);
            }
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            for (int i = 0; i < 3; i++) {
                System.gc();
                Thread.sleep(100);
            }
            double heapMb = memory.getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
            System.out.println(String.format(
                    Locale.ROOT,
                    """
                    {"bench":"UiBench","people":%d,"months":%d,"recordsInMainTables":%d,"generateMs":%d,
                     "caseloadQueryMs":%s,
                     "caseloadShownMs":{"first":%.1f,"warmUpMedian":%.1f,"steadyMedian":%.1f,"steadyMax":%.1f,"all":%s},
                     "caseloadShownCpuMs":{"first":%.1f,"warmUpMedian":%.1f,"steadyMedian":%.1f,"all":%s},"caseloadScreenNodes":%d,"listNodes":%d,"cells":%d,
                     "fileOpenedMs":{"first":%.1f,"median":%.1f,"max":%.1f,"all":%s},
                     "fileAllSectionsMs":{"median":%.1f,"all":%s},
                     "fileTabShownMs":%s,
                     "fileOpenedCpuMs":{"median":%.1f,"all":%s},"fileTabShownCpuMs":%s,
                     "heapAfterTenFilesMb":%.1f,"targets":{"caseloadMs":100,"fileMs":100,"fileTabMs":100,"heapMb":128}}""",
                    people,
                    months,
                    records,
                    generateMs,
                    queryMs,
                    caseloadMs.get(0),
                    median(warmUp(caseloadMs)),
                    median(steady(caseloadMs)),
                    Collections.max(steady(caseloadMs)),
                    caseloadMs,
                    caseloadCpuMs.get(0),
                    median(warmUp(caseloadCpuMs)),
                    median(steady(caseloadCpuMs)),
                    caseloadCpuMs,
                    caseloadNodes[0],
                    caseloadNodes[1],
                    caseloadNodes[2],
                    fileMs.get(0),
                    median(fileMs),
                    Collections.max(fileMs),
                    fileMs,
                    median(fileAllMs),
                    fileAllMs,
                    tabFigures(tabMs),
                    median(fileCpuMs),
                    fileCpuMs,
                    tabFigures(tabCpuMs),
                    heapMb));
        }
        FxToolkit.cleanupStages();
    }

    /** Nodes in the scene graph under {@code node}, itself included. */
    private static int nodes(javafx.scene.Node node) {
        int n = 1;
        if (node instanceof Parent p) {
            for (javafx.scene.Node child : p.getChildrenUnmodifiable()) {
                n += nodes(child);
            }
        }
        return n;
    }

    /** Per tab: the median and every run, as JSON. */
    private static String tabFigures(java.util.Map<String, List<Double>> tabMs) {
        StringBuilder out = new StringBuilder("{");
        tabMs.forEach((tab, runs) -> out.append(out.length() > 1 ? "," : "")
                .append(String.format(
                        Locale.ROOT,
                        "\"%s\":{\"median\":%.1f,\"max\":%.1f,\"all\":%s}",
                        tab,
                        median(runs),
                        Collections.max(runs),
                        runs)));
        return out.append('}').toString();
    }

    /** Runs after the first: the JIT's warm-up ones, then the steady ones. */
    private static final int WARM_UP = 10;

    private static List<Double> warmUp(List<Double> runs) {
        return runs.subList(1, WARM_UP);
    }

    private static List<Double> steady(List<Double> runs) {
        return runs.subList(WARM_UP, runs.size());
    }

    private static FileView.Actions noActions() {
        return new FileView.Actions() {
            public void editProfile() {}

            public void editGoal(EditorTarget t) {}

            public void editTraining(EditorTarget t) {}

            public void editBarrier(EditorTarget t) {}

            public void editExit(EditorTarget t) {}

            public void visit(BeneficiaryFile file) {}

            public void questionnaire() {}
        };
    }
}
