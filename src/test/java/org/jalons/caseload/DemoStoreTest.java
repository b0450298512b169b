package org.jalons.caseload;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jalons.i18n.Language;
import org.jalons.i18n.Messages;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Profiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The counsellor's store of the demo organisation, on a fixed day, opened fresh for each test; French messages. */
abstract class DemoStoreTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @TempDir
    Path dir;

    LocalStore store;
    final Messages fr = new Messages(Language.FRENCH);

    @BeforeEach
    void openDemoStore() {
        store = new Profiles(dir, CLOCK, 1000).openDemo(Role.COUNSELLOR);
    }

    @AfterEach
    void closeDemoStore() {
        store.close();
    }
}
