package org.jalons.syncui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The sync screens speak the words of the rest of the app to counsellors and people, also out of easy-read:
 * "envoyer et recevoir", "la structure", never "serveur" or "synchroniser". Only the folded "other address" field
 * (a test server's address, for whoever sets one up) keeps its technical words.
 */
class SyncWordsTest {
    static final Pattern TECHNICAL = Pattern.compile("(?i)serveur|server|synchroni|\\bsync");

    /** The words of the folded address field, which only whoever sets up a test server opens. */
    static final Set<String> ENGINEER_FACING =
            Set.of("sync.pair.server", "sync.pair.serverRequired", "sync.pair.serverInvalid", "sync.pair.otherAddress");

    static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = SyncWordsTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void noTextOfTheSyncScreensSaysServerOrSyncInFrenchOrEnglish() throws IOException {
        List<String> technical = new ArrayList<>();
        int checked = 0;
        for (String resource : List.of(
                "/org/jalons/i18n/sync.properties",
                "/org/jalons/i18n/sync_en.properties",
                "/org/jalons/sync/messages.properties",
                "/org/jalons/sync/messages_en.properties")) {
            Properties p = load(resource);
            for (String key : p.stringPropertyNames()) {
                String base = key.endsWith(".easy") ? key.substring(0, key.length() - ".easy".length()) : key;
                if (ENGINEER_FACING.contains(base)) {
                    continue;
                }
                checked++;
                if (TECHNICAL.matcher(p.getProperty(key)).find()) {
                    technical.add(resource + " " + key + "=" + p.getProperty(key));
                }
            }
        }
        assertThat(checked).isGreaterThan(300);
        assertThat(technical).isEmpty();
    }
}
