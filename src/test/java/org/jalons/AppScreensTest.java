package org.jalons;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import org.jalons.session.TestServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppScreensTest {
    @TempDir
    Path home;

    /** The table refuses a screen registered twice and fails for one left out: filling it is the whole check. */
    @Test
    void theScreenTableHasEveryScreenExactlyOnce() {
        AppScreens screens = new AppScreens();
        try (TestServices app = new TestServices(home, Clock.systemUTC(), ZoneOffset.UTC, screens.navigator())) {
            assertThatCode(() -> screens.register(app.services, language -> {})).doesNotThrowAnyException();
        }
    }
}
