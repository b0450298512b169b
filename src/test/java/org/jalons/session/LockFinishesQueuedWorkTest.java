package org.jalons.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.DraftKey;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Profiles;
import org.jalons.ui.FxBackground;
import org.jalons.ui.form.FormDraft;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** A lock (or the automatic lock of a phone put away) closes the store only once the work queued for it has run. */
class LockFinishesQueuedWorkTest {
    private static final char[] PIN = "482913".toCharArray();

    @TempDir
    Path home;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage(); // the store thread hands results back on the FX thread
    }

    @Test
    void aDraftTypedJustBeforeTheLockIsOnDiskAtTheNextUnlock() throws Exception {
        Profiles profiles = new Profiles(home, Clock.systemUTC(), 1000);
        try (FxBackground background = new FxBackground()) {
            Session session = new Session(profiles, background);
            LocalStore store = profiles.create("Camille R.", Role.COUNSELLOR, PIN.clone());
            session.open(store);
            // the store thread is busy (a long read, say) when the last keystroke's draft write is queued
            CountDownLatch busy = new CountDownLatch(1);
            background.run(
                    () -> {
                        busy.countDown();
                        Thread.sleep(300);
                        return null;
                    },
                    done -> {},
                    failure -> {});
            assertThat(busy.await(5, TimeUnit.SECONDS)).isTrue();
            DraftKey key = DraftKey.of(DraftKey.Form.GOAL, UUID.randomUUID());
            new FormDraft(store.drafts(), background, key).save(Map.of("title", "Passer le CACES R489"));

            session.lock();

            assertThat(session.isOpen()).isFalse();
            try (LocalStore again = profiles.unlock(PIN.clone())) {
                assertThat(again.drafts().load(key))
                        .hasValueSatisfying(draft -> assertThat(draft).containsEntry("title", "Passer le CACES R489"));
            }
        }
    }
}
