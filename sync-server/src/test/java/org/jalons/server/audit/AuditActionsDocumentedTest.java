package org.jalons.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jalons.server.store.AuditLog;
import org.junit.jupiter.api.Test;

/** The actions the server may write are the ones PROTOCOL.md's "Audit log" section names, no more, no fewer. */
class AuditActionsDocumentedTest {

    @Test
    void everyAuditActionIsDocumentedAndEveryDocumentedOneIsListed() throws IOException {
        String protocol = Files.readString(Path.of("..", "docs", "PROTOCOL.md"));
        int start = protocol.indexOf("## Audit log: writes and reads");
        String section = protocol.substring(start, protocol.indexOf("\n## ", start + 1));
        Set<String> documented = new TreeSet<>();
        Matcher code = Pattern.compile("`([A-Z][A-Z_]+)`").matcher(section);
        while (code.find()) {
            documented.add(code.group(1));
        }
        assertThat(documented).isEqualTo(new TreeSet<>(AuditLog.ACTIONS));
    }
}
