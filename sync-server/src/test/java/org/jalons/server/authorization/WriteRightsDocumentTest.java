package org.jalons.server.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jalons.server.service.WriteRights;
import org.junit.jupiter.api.Test;

/** The table "Write rights" of PROTOCOL.md is the one the server enforces, printed from {@link WriteRights}. */
class WriteRightsDocumentTest {

    static final String BEGIN = "<!-- write-rights table: printed by WriteRights.markdown() -->\n";
    static final String END = "<!-- end of the write-rights table -->";

    @Test
    void protocolDocumentShowsTheTableTheServerEnforces() throws IOException {
        String protocol = Files.readString(Path.of("..", "docs", "PROTOCOL.md"));
        assertThat(protocol).contains(BEGIN).contains(END);
        String printed = protocol.substring(protocol.indexOf(BEGIN) + BEGIN.length(), protocol.indexOf(END));
        assertThat(printed)
                .as("PROTOCOL.md, Write rights: paste the table printed here")
                .isEqualTo(WriteRights.markdown());
    }
}
