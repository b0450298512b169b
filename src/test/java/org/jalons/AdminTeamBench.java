package org.jalons;

import static org.jalons.BenchFigures.fx;
import static org.jalons.BenchFigures.rounded;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.jalons.admin.AdminWords;
import org.jalons.admin.DevicesView;
import org.jalons.admin.DevicesViewModel;
import org.jalons.admin.TeamServer;
import org.jalons.admin.TeamView;
import org.jalons.admin.TeamViewModel;
import org.jalons.i18n.Language;
import org.jalons.i18n.Messages;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.Json;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Profiles;
import org.jalons.sync.AdminClient;
import org.jalons.sync.HttpSettings;
import org.jalons.sync.e2e.RealServer;
import org.jalons.ui.DirectBackground;
import org.jalons.ui.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * Benchmark of the admin's team and devices lists against a real server holding 200 accounts and 2,000 devices. Not
 * a timed test: it prints JSON figures. Run with {@code mvn -B -q -o test -Dtest=AdminTeamBench -Djalons.bench=true
 * -Djacoco.skip=true} (optionally {@code -Djalons.bench.users=200 -Djalons.bench.devices=2000
 * -Djalons.bench.runs=20}). Each run opens the screen as the app does: asks the server (accounts and devices for the
 * team, devices for the devices list), fills the view model, then lays the list out in a phone-sized window. Five
 * warm-up runs, then the measured ones. Target: ≤ 100 ms each (median).
 */
@EnabledIfSystemProperty(named = "jalons.bench", matches = "true")
class AdminTeamBench {
    static final int WARM_UP = 5;

    @TempDir
    Path dir;

    @Test
    void teamAndDevicesListsWith200AccountsAnd2000Devices() throws Exception {
        int users = Integer.getInteger("jalons.bench.users", 200);
        int devices = Integer.getInteger("jalons.bench.devices", 2000);
        int runs = Integer.getInteger("jalons.bench.runs", 20);
        Clock clock = Clock.systemUTC();
        ZoneId zone = ZoneOffset.UTC;
        try (RealServer server = RealServer.start(dir.resolve("server"));
                LocalStore admin = new Profiles(dir.resolve("admin"), clock, 1000)
                        .create("Nadia Admin", Role.ADMIN, "123456".toCharArray())) {
            AdminPhone.pair(admin, server);
            long t0 = System.nanoTime();
            fill(server, users - 1, devices - 1); // the admin and their phone are one account and one device
            long fillMs = (System.nanoTime() - t0) / 1_000_000;

            TeamServer asked = TeamServer.of(new AdminClient(admin, HttpSettings.defaults()), server.baseUrl());
            AdminWords words = new AdminWords(new Messages(Language.FRENCH), clock, zone);
            Stage stage = FxToolkit.registerPrimaryStage();
            StackPane holder = new StackPane();
            fx(() -> {
                Scene scene = new Scene(holder, 400, 800);
                Theme.apply(scene);
                stage.setScene(scene);
                stage.show();
                return null;
            });
            List<Double> teamMs = new ArrayList<>();
            List<Double> devicesMs = new ArrayList<>();
            int[] shown = new int[2];
            // The server's part alone: the answers asked and read, nothing shown.
            List<Double> accountsFetchMs = new ArrayList<>();
            List<Double> devicesFetchMs = new ArrayList<>();
            for (int i = 0; i < WARM_UP + runs; i++) {
                long start = System.nanoTime();
                asked.accounts();
                accountsFetchMs.add((System.nanoTime() - start) / 1e6);
                start = System.nanoTime();
                asked.devices();
                devicesFetchMs.add((System.nanoTime() - start) / 1e6);
            }
            // CPU time of the FX thread too (the app's own part: the server answers on other threads); on a shared
            // machine it varies much less than the wall time.
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            List<Double> teamCpuMs = new ArrayList<>();
            List<Double> devicesCpuMs = new ArrayList<>();
            for (int i = 0; i < WARM_UP + runs; i++) {
                teamMs.add(fx(() -> {
                    long start = System.nanoTime();
                    long cpu = threads.getCurrentThreadCpuTime();
                    TeamViewModel model = new TeamViewModel(asked, new DirectBackground(), words);
                    model.stateProperty().set(TeamViewModel.StateFilter.ALL);
                    TeamView view = new TeamView(model, m -> {}, () -> {});
                    model.load();
                    shown[0] = laidOut(holder, view.node(), model.visible().size());
                    teamCpuMs.add((threads.getCurrentThreadCpuTime() - cpu) / 1e6);
                    return (System.nanoTime() - start) / 1e6;
                }));
                devicesMs.add(fx(() -> {
                    long start = System.nanoTime();
                    long cpu = threads.getCurrentThreadCpuTime();
                    DevicesViewModel model = new DevicesViewModel(asked, new DirectBackground(), words);
                    DevicesView view = new DevicesView(model, d -> {});
                    model.load();
                    shown[1] = laidOut(holder, view.node(), model.visible().size());
                    devicesCpuMs.add((threads.getCurrentThreadCpuTime() - cpu) / 1e6);
                    return (System.nanoTime() - start) / 1e6;
                }));
            }
            List<Double> team = teamMs.subList(WARM_UP, teamMs.size());
            List<Double> dev = devicesMs.subList(WARM_UP, devicesMs.size());
            System.out.println(String.format(
                    java.util.Locale.ROOT,
                    """
                    {"bench":"AdminTeamBench","users":%d,"devices":%d,"fillMs":%d,"runs":%d,
                     "teamShownMs":{"median":%.1f,"max":%.1f,"all":%s},"teamRows":%d,
                     "devicesShownMs":{"median":%.1f,"max":%.1f,"all":%s},"deviceRows":%d,"targetMs":100,
                     "accountsFetchMs":{"median":%.1f,"max":%.1f},"devicesFetchMs":{"median":%.1f,"max":%.1f},
                     "teamFxCpuMs":{"median":%.1f,"max":%.1f},"devicesFxCpuMs":{"median":%.1f,"max":%.1f},
                     "loadAverage":%.1f}""",
                    users,
                    devices,
                    fillMs,
                    runs,
                    median(team),
                    Collections.max(team),
                    rounded(team),
                    shown[0],
                    median(dev),
                    Collections.max(dev),
                    rounded(dev),
                    shown[1],
                    median(accountsFetchMs.subList(WARM_UP, accountsFetchMs.size())),
                    Collections.max(accountsFetchMs.subList(WARM_UP, accountsFetchMs.size())),
                    median(devicesFetchMs.subList(WARM_UP, devicesFetchMs.size())),
                    Collections.max(devicesFetchMs.subList(WARM_UP, devicesFetchMs.size())),
                    median(teamCpuMs.subList(WARM_UP, teamCpuMs.size())),
                    Collections.max(teamCpuMs.subList(WARM_UP, teamCpuMs.size())),
                    median(devicesCpuMs.subList(WARM_UP, devicesCpuMs.size())),
                    Collections.max(devicesCpuMs.subList(WARM_UP, devicesCpuMs.size())),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                            .getSystemLoadAverage()));
            if (shown[0] < users || shown[1] != devices) {
                throw new AssertionError(
                        "the lists did not hold every account and device: " + shown[0] + ", " + shown[1]);
            }
        }
    }

    /** Shows the screen, lays it out and returns how many rows its list holds. */
    private static int laidOut(StackPane holder, Node screen, int rows) {
        holder.getChildren().setAll(screen);
        holder.applyCss();
        holder.layout();
        ListView<?> list = (ListView<?>) ((Parent) screen).lookup(".admin-list");
        if (list == null || list.getItems().size() != rows) {
            throw new AssertionError("the list is not the model's");
        }
        return rows;
    }

    /** Accounts (mostly counsellors) and their paired phones, paired over HTTP as phones pair. */
    private static void fill(RealServer server, int users, int devices) throws Exception {
        List<RealServer.User> made = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            String role = i % 10 == 0 ? "SUPERVISOR" : i % 25 == 1 ? "ADMIN" : "COUNSELLOR";
            made.add(server.createUser("Compte " + i, role, null));
        }
        HttpClient http = HttpClient.newHttpClient();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> paired = new ArrayList<>();
            for (int i = 0; i < devices; i++) {
                RealServer.User owner = made.get(i % made.size());
                String name = "Téléphone " + i;
                paired.add(pool.submit(() -> http.send(
                                HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/v1/pair"))
                                        .header("Jalons-Protocol", "1")
                                        .header("Content-Type", "application/json")
                                        .POST(HttpRequest.BodyPublishers.ofString(Json.write(Map.of(
                                                "code",
                                                server.pairingCode(owner),
                                                "deviceName",
                                                name,
                                                "model",
                                                "Pixel 7"))))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode()));
            }
            for (Future<Integer> f : paired) {
                if (f.get() != 200) {
                    throw new AssertionError("a phone could not be paired: " + f.get());
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
