package org.jalons.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.jalons.server.store.AuditLog;
import org.junit.jupiter.api.Test;

/** Every action the server writes in its audit log has words in the admin's viewer, in French and in English. */
class AuditActionWordsTest {
    private static final String PREFIX = "admin.audit.action.";

    @Test
    void everyServerAuditActionHasWordsInBothLanguagesAndNoOtherIsOffered() throws IOException {
        for (String file : new String[] {"admin.properties", "admin_en.properties"}) {
            Properties texts = new Properties();
            try (InputStream in = AuditActionWordsTest.class.getResourceAsStream("/org/jalons/i18n/" + file)) {
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            Set<String> worded = new TreeSet<>();
            for (String key : texts.stringPropertyNames()) {
                if (key.startsWith(PREFIX) && !key.equals(PREFIX + "other")) {
                    worded.add(key.substring(PREFIX.length()));
                    assertThat(texts.getProperty(key)).as(key).isNotBlank();
                }
            }
            assertThat(worded)
                    .as("the actions " + file + " words (the viewer's action filter offers them)")
                    .isEqualTo(new TreeSet<>(AuditLog.ACTIONS));
        }
    }
}
