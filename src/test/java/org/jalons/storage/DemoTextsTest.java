package org.jalons.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jalons.protocol.Vocabulary.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo organisation is the first thing a new user reads: its texts (every text column of every table the demo
 * fills, so that a new record or field is covered too) follow the French typography of the app's own texts
 * ({@code WordingTest}): the typographic apostrophe, a non-breaking space before ; : ! ? % » and after «.
 */
class DemoTextsTest {
    static final Pattern PLAIN_SPACE = Pattern.compile("[ ][;:!?»%]|« ");

    @TempDir
    Path dir;

    @Test
    void everyDemoTextUsesTheTypographicApostropheAndNonBreakingSpaces() {
        List<String> texts = demoTexts();
        assertThat(texts).as("the demo fills its texts").hasSizeGreaterThan(50);
        assertThat(texts).filteredOn(t -> t.contains("'")).isEmpty();
        assertThat(texts).filteredOn(t -> PLAIN_SPACE.matcher(t).find()).isEmpty();
    }

    /** "table.column: value" for every non-empty text the demo wrote, schema history aside. */
    private List<String> demoTexts() {
        try (LocalStore store = new Profiles(dir, DemoOrganisationTest.CLOCK, 1000).openDemo(Role.COUNSELLOR)) {
            return store.database().inTransaction(c -> {
                List<String[]> columns = new ArrayList<>();
                try (ResultSet r = c.getMetaData().getColumns(null, "PUBLIC", "%", "%")) {
                    while (r.next()) {
                        String type = r.getString("TYPE_NAME").toUpperCase(java.util.Locale.ROOT);
                        String table = r.getString("TABLE_NAME");
                        if ((type.contains("CHAR") || type.contains("CLOB"))
                                && !table.toLowerCase(java.util.Locale.ROOT).contains("schema_history")) {
                            columns.add(new String[] {table, r.getString("COLUMN_NAME")});
                        }
                    }
                }
                List<String> found = new ArrayList<>();
                try (Statement s = c.createStatement()) {
                    for (String[] col : columns) {
                        try (ResultSet r = s.executeQuery("SELECT \"" + col[1] + "\" FROM \"" + col[0] + "\"")) {
                            while (r.next()) {
                                String value = r.getString(1);
                                if (value != null && !value.isBlank()) {
                                    found.add(col[0] + "." + col[1] + ": " + value);
                                }
                            }
                        }
                    }
                }
                return found;
            });
        }
    }
}
