package org.jalons;

import static org.jalons.BenchFigures.fx;
import static org.jalons.BenchFigures.median;
import static org.jalons.BenchFigures.rounded;
import static org.jalons.BenchFigures.show;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.jalons.admin.PeopleSource;
import org.jalons.admin.PeopleView;
import org.jalons.admin.PeopleViewModel;
import org.jalons.i18n.Language;
import org.jalons.i18n.Messages;
import org.jalons.storage.Json;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Profiles;
import org.jalons.sync.AdminClient;
import org.jalons.sync.e2e.RealServer;
import org.jalons.ui.DirectBackground;
import org.jalons.ui.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Benchmark of the admin's people list against a real server holding 5,000 people (pushed by 20 counsellors'
 * devices, 500 changes a request). Not a timed test: it prints JSON figures. Run with
 * {@code mvn -B -q test -Dtest=AdminPeopleBench -Djalons.bench=true} (optionally {@code -Djalons.bench.people=5000}).
 * Measured 30 times (the first cold, nine of warm-up, twenty steady): from asking the server to the list shown
 * (the first 100 people by name read, model filled, list laid out), then the rest read after it and laid out, and
 * one keystroke of the search over all of them (filter and layout). Target ≤ 100 ms.
 */
@EnabledIfSystemProperty(named = "jalons.bench", matches = "true")
class AdminPeopleBench {
    private static final int RUNS = 30;
    private static final int WARM_UP = 10;
    private static final String[] SITES = {"Lille", "Roubaix", "Tourcoing", "Villeneuve-d’Ascq", "Lens"};
    private static final String[] NAMES = {"Inès", "Marc", "Léa", "Samir", "Chloé", "Bruno", "Aïcha", "Hugo"};

    @TempDir
    Path dir;

    @Test
    void thePeopleListOfALargeStructure() throws Exception {
        int people = Integer.getInteger("jalons.bench.people", 5000);
        try (RealServer server = RealServer.start(dir.resolve("server"))) {
            long t0 = System.nanoTime();
            fill(server, people);
            long fillMs = (System.nanoTime() - t0) / 1_000_000;
            Path home = AdminPhone.paired(server, dir.resolve("admin"));
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
            try (LocalStore store = new Profiles(home, Clock.systemUTC(), 1000).unlock(AdminPhone.PIN.toCharArray())) {
                PeopleSource source = PeopleSource.of(new AdminClient(store, AdminPhone.HTTP));
                List<Double> shownMs = new ArrayList<>();
                List<Double> wholeMs = new ArrayList<>();
                List<Double> keystrokeMs = new ArrayList<>();
                int[] shown = new int[3];
                for (int i = 0; i < RUNS; i++) {
                    PeopleViewModel[] model = new PeopleViewModel[1];
                    FirstNow background = new FirstNow();
                    // the first screenful: from asking the server to the first people laid out
                    shownMs.add(fx(() -> {
                        long s = System.nanoTime();
                        model[0] = new PeopleViewModel(source, background, messages);
                        PeopleView view = new PeopleView(model[0], messages, p -> {}, () -> {});
                        model[0].load();
                        show(holder, (Parent) view.node());
                        shown[0] = model[0].visible().size();
                        return (System.nanoTime() - s) / 1e6;
                    }));
                    // then the rest, read after it (off the screen's thread in the app) and laid out
                    wholeMs.add(fx(() -> {
                        long s = System.nanoTime();
                        background.runTheRest();
                        holder.applyCss();
                        holder.layout();
                        shown[2] = model[0].visible().size();
                        return (System.nanoTime() - s) / 1e6;
                    }));
                    WaitForAsyncUtils.waitForFxEvents(2);
                    String typed = "abcdefghijklmnopqrstuvwxyz".substring(i % 26, i % 26 + 1);
                    keystrokeMs.add(fx(() -> {
                        long s = System.nanoTime();
                        model[0].searchProperty().set(typed);
                        holder.applyCss();
                        holder.layout();
                        shown[1] = model[0].visible().size();
                        return (System.nanoTime() - s) / 1e6;
                    }));
                }
                // the server's part alone (request, query, answer read), off the screen's thread, each request apart
                List<Double> serverMs = new ArrayList<>();
                List<Double> counsellorsMs = new ArrayList<>();
                List<PeopleSource.Person> read = List.of();
                List<PeopleSource.Counsellor> counsellors = List.of();
                for (int i = 0; i < RUNS; i++) {
                    long s = System.nanoTime();
                    read = source.people();
                    serverMs.add((System.nanoTime() - s) / 1e6);
                    s = System.nanoTime();
                    counsellors = source.counsellors();
                    counsellorsMs.add((System.nanoTime() - s) / 1e6);
                }
                // the screen's part alone: the same answers, already read, put in the model and laid out
                PeopleSource answered = new org.jalons.admin.AnsweredPeople(read, counsellors);
                List<Double> screenMs = new ArrayList<>();
                for (int i = 0; i < RUNS; i++) {
                    screenMs.add(fx(() -> {
                        long s = System.nanoTime();
                        PeopleViewModel model = new PeopleViewModel(answered, new DirectBackground(), messages);
                        PeopleView view = new PeopleView(model, messages, p -> {}, () -> {});
                        model.load();
                        show(holder, (Parent) view.node());
                        return (System.nanoTime() - s) / 1e6;
                    }));
                }
                if (shown[0] != Math.min(people, 100) || shown[2] != people) {
                    throw new AssertionError(
                            "The list showed " + shown[0] + " people first, then " + shown[2] + " of " + people);
                }
                System.out.println(String.format(
                        Locale.ROOT,
                        """
                        {"bench":"AdminPeopleBench","people":%d,"fillMs":%d,
                         "listShownMs":{"first":%.1f,"warmUpMedian":%.1f,"steadyMedian":%.1f,"steadyMax":%.1f,"all":%s},
                         "wholeListAfterMs":{"steadyMedian":%.1f,"steadyMax":%.1f},
                         "keystrokeMs":{"first":%.1f,"steadyMedian":%.1f,"steadyMax":%.1f,"all":%s},
                         "serverAnswerMs":{"steadyMedian":%.1f,"steadyMax":%.1f,"all":%s},
                         "counsellorsAnswerMs":{"steadyMedian":%.1f,"steadyMax":%.1f},
                         "screenAloneMs":{"steadyMedian":%.1f,"steadyMax":%.1f},"loadAverage":%.1f,
                         "lastKeystrokeShown":%d,"targets":{"listShownMs":100,"keystrokeMs":100}}""",
                        people,
                        fillMs,
                        shownMs.get(0),
                        median(shownMs.subList(1, WARM_UP)),
                        median(shownMs.subList(WARM_UP, RUNS)),
                        Collections.max(shownMs.subList(WARM_UP, RUNS)),
                        rounded(shownMs),
                        median(wholeMs.subList(WARM_UP, RUNS)),
                        Collections.max(wholeMs.subList(WARM_UP, RUNS)),
                        keystrokeMs.get(0),
                        median(keystrokeMs.subList(WARM_UP, RUNS)),
                        Collections.max(keystrokeMs.subList(WARM_UP, RUNS)),
                        rounded(keystrokeMs),
                        median(serverMs.subList(WARM_UP, RUNS)),
                        Collections.max(serverMs.subList(WARM_UP, RUNS)),
                        rounded(serverMs),
                        median(counsellorsMs.subList(WARM_UP, RUNS)),
                        Collections.max(counsellorsMs.subList(WARM_UP, RUNS)),
                        median(screenMs.subList(WARM_UP, RUNS)),
                        Collections.max(screenMs.subList(WARM_UP, RUNS)),
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                                .getSystemLoadAverage(),
                        shown[1]));
            }
        }
    }

    /** 5,000 people, pushed by 20 counsellors (each its own device), at most 500 changes a request. */
    private static void fill(RealServer server, int people) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        int counsellors = 20;
        List<String> tokens = new ArrayList<>();
        for (int c = 0; c < counsellors; c++) {
            RealServer.User user = server.createUser("Conseiller " + (c + 1), "COUNSELLOR", null);
            ObjectNode pair = Json.MAPPER
                    .createObjectNode()
                    .put("code", server.pairingCode(user))
                    .put("deviceName", "Téléphone " + (c + 1));
            tokens.add(
                    post(http, server, "/api/v1/pair", null, pair).get("token").asText());
        }
        int made = 0;
        int turn = 0;
        while (made < people) {
            ObjectNode batch = Json.MAPPER.createObjectNode().put("protocol", 1);
            ArrayNode changes = batch.putArray("changes");
            for (int i = 0; i < 500 && made < people; i++, made++) {
                UUID id = UUID.randomUUID();
                ObjectNode change = changes.addObject()
                        .put("changeId", UUID.randomUUID().toString())
                        .put("recordId", id.toString())
                        .put("kind", "beneficiary")
                        .put("beneficiaryId", id.toString())
                        .put("op", "upsert")
                        .put("baseVersion", 0)
                        .put("createdAt", "2026-11-26T09:30:00Z");
                change.putObject("fields")
                        .put("displayName", NAMES[made % NAMES.length] + " " + (char) ('A' + made % 26) + ". " + made)
                        .put(
                                "entryDate",
                                LocalDate.of(2026, 1, 5).plusDays(made % 300).toString())
                        .put("site", SITES[made % SITES.length])
                        .put("contractType", "CDDI");
            }
            JsonNode answer = post(http, server, "/api/v1/sync/push", tokens.get(turn++ % counsellors), batch);
            if (!"APPLIED".equals(answer.at("/results/0/status").asText())) {
                throw new AssertionError("The push was not applied: " + answer.at("/results/0"));
            }
        }
    }

    private static JsonNode post(HttpClient http, RealServer server, String path, String token, JsonNode body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Jalons-Protocol", "1")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.MAPPER.writeValueAsString(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError(path + " answered " + response.statusCode() + " " + response.body());
        }
        return Json.MAPPER.readTree(response.body());
    }

    /** Runs the first work at once and keeps what it asks for after, to be run (and timed) apart. */
    private static final class FirstNow implements org.jalons.ui.Background {
        private final List<Runnable> later = new ArrayList<>();
        private boolean first = true;

        @Override
        public <T> void run(
                Callable<T> work,
                java.util.function.Consumer<T> onSuccess,
                java.util.function.Consumer<Throwable> onFailure) {
            Runnable task = () -> {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            };
            if (first) {
                first = false;
                task.run();
            } else {
                later.add(task);
            }
        }

        void runTheRest() {
            List<Runnable> now = new ArrayList<>(later);
            later.clear();
            now.forEach(Runnable::run);
        }
    }
}
