package org.jalons.syncui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Labeled;
import org.jalons.i18n.Language;
import org.jalons.i18n.Messages;
import org.jalons.sync.SyncAccount;
import org.jalons.ui.EasyRead;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A linked phone's sync screen names the organisation and the account, never the server's address. */
class SyncViewAccountTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theLinkedAccountIsSaidWithoutTheServersAddress() throws Exception {
        SyncAccount account = new SyncAccount(
                "https://jalons.aci-les-jardins.example:8443",
                UUID.randomUUID(),
                "token",
                UUID.randomUUID(),
                "COUNSELLOR",
                UUID.randomUUID(),
                "Camille Martin",
                null);
        for (boolean easy : new boolean[] {false, true}) {
            String said = WaitForAsyncUtils.asyncFx(() -> {
                        Messages messages = new Messages(Language.FRENCH);
                        SyncStatusModel model = new SyncStatusModel(
                                messages,
                                Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC),
                                Runnable::run);
                        SyncView view = new SyncView(
                                model,
                                new EasyRead(messages, easy, 1.0),
                                Optional.of(account),
                                new SyncView.Actions(() -> {}, () -> {}, () -> {}, () -> {}, null));
                        javafx.scene.layout.StackPane root = new javafx.scene.layout.StackPane(view.node());
                        javafx.scene.Scene scene = new javafx.scene.Scene(root, 360, 640);
                        root.applyCss(); // the scroll pane's skin puts the content in the scene graph
                        root.layout();
                        return ((Labeled) scene.lookup("#sync-account")).getText();
                    })
                    .get(10, TimeUnit.SECONDS);

            assertThat(said)
                    .as(easy ? "easy-read" : "plain")
                    .contains("Camille Martin")
                    .doesNotContain("https", "example");
        }
    }
}
