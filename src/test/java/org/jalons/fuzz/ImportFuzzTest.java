package org.jalons.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.jalons.export.ImportReport;
import org.jalons.export.ParcoursImporter;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.LocalStore;
import org.jalons.storage.TestStores;

/**
 * The parcours importer ({@link ParcoursImporter}, file format {@code ParcoursFile}) on any file: it answers with a
 * report, never an exception, and a refused file writes nothing (no record, no outbox entry). Into a counsellor's
 * phone (the file's own ids) and into the person's own phone (re-keyed into their parcours).
 */
class ImportFuzzTest {

    private static LocalStore counsellorPhone;
    private static LocalStore ownPhone;

    private static synchronized LocalStore counsellorPhone() {
        if (counsellorPhone == null) {
            counsellorPhone = TestStores.counsellorStore(tempDir());
        }
        return counsellorPhone;
    }

    private static synchronized LocalStore ownPhone() {
        if (ownPhone == null) {
            ownPhone = TestStores.profiles(tempDir(), TestStores.CLOCK)
                    .create("Samia B.", Role.BENEFICIARY, TestStores.PIN.clone());
        }
        return ownPhone;
    }

    @FuzzTest(maxDuration = "10m")
    void intoCounsellorPhone(FuzzedDataProvider data) {
        importChecked(counsellorPhone(), data.consumeRemainingAsBytes());
    }

    @FuzzTest(maxDuration = "10m")
    void intoOwnPhone(FuzzedDataProvider data) {
        importChecked(ownPhone(), data.consumeRemainingAsBytes());
    }

    private static void importChecked(LocalStore store, byte[] file) {
        int pending = store.outbox().pendingCount();
        ImportReport report = new ParcoursImporter(store).importBytes(file);
        assertThat(report).isNotNull();
        if (!report.succeeded()) {
            assertThat(report.total()).as("%s", report).isZero();
            assertThat(store.outbox().pendingCount())
                    .as("refused, nothing written: %s", report)
                    .isEqualTo(pending);
        } else {
            assertThat(store.outbox().pendingCount()).as("%s", report).isEqualTo(pending + report.total());
        }
    }

    private static java.nio.file.Path tempDir() {
        try {
            return Files.createTempDirectory("jalons-import-fuzz-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
