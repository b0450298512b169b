package org.jalons.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.session.Session;
import org.jalons.storage.Profiles;
import org.jalons.ui.DirectBackground;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file handed to the phone's share sheet holds the person's data in clear: gone at the next lock and unlock. */
class SharedFilesTest {
    private static final char[] PIN = "482913".toCharArray();

    @TempDir
    Path home;

    /** Gluon's share service as a phone has it: the call returns while the other app has yet to read the file. */
    private static final class Sheet implements com.gluonhq.attach.share.ShareService {
        final List<File> offered = new ArrayList<>();

        @Override
        public void share(String text) {}

        @Override
        public void share(String subject, String text) {}

        @Override
        public void share(String mimeType, File file) {
            offered.add(file);
        }

        @Override
        public void share(String subject, String text, String mimeType, File file) {
            offered.add(file);
        }
    }

    @Test
    void aSharedExportStaysWhileTheOtherAppReadsItAndIsGoneAtTheNextLock() throws Exception {
        Profiles profiles = new Profiles(home, Clock.systemUTC(), 1000);
        Session session = new Session(profiles, new DirectBackground());
        session.open(profiles.create("Samia B.", Role.BENEFICIARY, PIN.clone()));
        Sheet sheet = new Sheet();
        ShareService share = new AttachShareService(sheet, home);

        assertThat(share.share(
                        "Mon parcours",
                        "parcours-samia.pdf",
                        "application/pdf",
                        "Samia B., RQTH".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(ShareService.Outcome.SHARED);
        Path offered = sheet.offered.get(0).toPath();
        assertThat(offered).startsWith(home.resolve(Profiles.SHARED)).exists();

        session.lock();
        assertThat(home.resolve(Profiles.SHARED)).doesNotExist();
    }

    @Test
    void sharedFilesLeftByAnAppThatWasKilledAreGoneAtTheNextUnlock() throws Exception {
        Profiles profiles = new Profiles(home, Clock.systemUTC(), 1000);
        profiles.create("Samia B.", Role.BENEFICIARY, PIN.clone()).close();
        Path left = Files.createDirectories(home.resolve(Profiles.SHARED)).resolve("export-caseload.csv");
        Files.writeString(left, "Samia B.;RQTH");

        profiles.unlock(PIN.clone()).close();
        assertThat(home.resolve(Profiles.SHARED)).doesNotExist();
    }
}
