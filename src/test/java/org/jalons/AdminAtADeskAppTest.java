package org.jalons;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import org.jalons.i18n.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The admin's screens on a desk's wide window, each list with a line open beside it, against a real server: no
 * text cut, no word split, nothing wider than the window, in French and in English.
 */
class AdminAtADeskAppTest extends EveryScreen {
    @TempDir
    Path home;

    @AfterEach
    void stop() throws TimeoutException {
        stopApp();
    }

    @Test
    void everyAdminScreenReadsWholeOnAWideWindowInFrench() throws Exception {
        assertThat(adminAtADesk(home, Language.FRENCH, EveryScreenAppTest::cutOrNested))
                .isEmpty();
        assertThat(seen)
                .containsExactly(
                        "ADMIN_HOME desk",
                        "ADMIN_TEAM desk",
                        "ADMIN_INVITE desk",
                        "ADMIN_DEVICES desk",
                        "ADMIN_PEOPLE desk",
                        "ADMIN_RETENTION desk",
                        "ADMIN_SETTINGS desk",
                        "ADMIN_AUDIT desk",
                        "ADMIN_VOCABULARY desk",
                        "QUESTIONNAIRE_COMPOSE desk",
                        "ADMIN_TEAM work supervisor desk");
    }

    @Test
    void everyAdminScreenReadsWholeOnAWideWindowInEnglish() throws Exception {
        assertThat(adminAtADesk(home, Language.ENGLISH, EveryScreenAppTest::cutOrNested))
                .isEmpty();
        assertThat(seen).hasSize(11);
    }
}
