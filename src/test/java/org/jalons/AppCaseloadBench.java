package org.jalons;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.CaseloadGenerator;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Profiles;
import org.jalons.ui.ShownLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The caseload as the app shows it after the PIN, on 500 people with 24 months of history: the whole app, its
 * query on the background thread, timed by the app's own log line ({@link ShownLog}). Not a timed test: it prints
 * JSON. {@code mvn -B -q test -Dtest=AppCaseloadBench -Djalons.bench=true [-Djalons.bench.dir=/tmp/uibench]}
 * (the folder UiBench generates and keeps). The first showing is cold: the JVM loads and compiles its code then.
 */
@EnabledIfSystemProperty(named = "jalons.bench", matches = "true")
class AppCaseloadBench extends RealAppTest {
    private static final String PIN = "123456";

    @TempDir
    Path dir;

    @Test
    void caseloadAfterThePin() throws Exception {
        Path home =
                System.getProperty("jalons.bench.dir") == null ? dir : Path.of(System.getProperty("jalons.bench.dir"));
        Profiles profiles = new Profiles(home, java.time.Clock.systemUTC(), 1000);
        int people = Integer.getInteger("jalons.bench.people", 500);
        if (!profiles.hasOwnProfile()) {
            try (LocalStore store = profiles.create("Camille Martin", Role.COUNSELLOR, PIN.toCharArray())) {
                CaseloadGenerator.generate(
                        store,
                        people,
                        Integer.getInteger("jalons.bench.months", 24),
                        LocalDate.now(ZoneOffset.UTC),
                        store.profile().userId());
            }
        }
        ListAppender<ILoggingEvent> shown = new ListAppender<>();
        Logger logger = (Logger) LoggerFactory.getLogger(ShownLog.class);
        int showings = Integer.getInteger("jalons.bench.showings", 10);
        try {
            startApp(home);
            // after the start: the app sets its logging up in code, from nothing
            shown.start();
            logger.addAppender(shown);
            logger.setLevel(Level.INFO);
            for (int i = 0; i < showings; i++) {
                tap("#unlock-pin").write(PIN);
                tap("#unlock");
                int before = i;
                try {
                    waitUntil(() -> shown.list.size() > before);
                } catch (AssertionError e) {
                    throw new AssertionError("showing " + (i + 1) + ": no caseload logged; on screen: " + title(), e);
                }
                tap("#lock");
            }
        } finally {
            stopApp();
            logger.detachAppender(shown);
            logger.setLevel(null);
        }
        List<String> lines =
                shown.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(lines)
                .hasSize(showings)
                .allMatch(l -> l.startsWith("Caseload shown in ") && l.contains(" " + people + " people"));
        List<Long> ms = lines.stream()
                .map(l -> Long.parseLong(l.replaceAll("^Caseload shown in (\\d+) ms.*", "$1")))
                .toList();
        List<Long> again = new java.util.ArrayList<>(ms.subList(1, ms.size()));
        java.util.Collections.sort(again);
        System.out.printf(
                "{\"bench\":\"AppCaseloadBench\",\"caseloadAfterPinMs\":{\"first\":%d,\"againMedian\":%d,"
                        + "\"againMax\":%d,\"all\":%s}}%n",
                ms.get(0), again.get(again.size() / 2), again.get(again.size() - 1), ms);
    }
}
