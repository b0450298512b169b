package org.jalons.syncui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.jalons.i18n.Language;
import org.jalons.i18n.Messages;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Profiles;
import org.jalons.ui.DirectBackground;
import org.jalons.ui.EasyRead;
import org.jalons.ui.Theme;
import org.jalons.ui.View;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** With nothing to settle, the conflicts and refused-changes screens say so with a pictogram, in every mode. */
class EmptyCardListTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);
    static Stage stage;

    @TempDir
    Path dir;

    LocalStore store;

    @BeforeAll
    static void stage() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
    }

    @AfterAll
    static void cleanup() throws Exception {
        FxToolkit.cleanupStages();
    }

    @BeforeEach
    void store() {
        store = new Profiles(dir, CLOCK, 1000).create("Camille", Role.COUNSELLOR, "123456".toCharArray());
    }

    @AfterEach
    void close() {
        store.close();
    }

    static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }

    @ParameterizedTest
    @CsvSource({
        "conflicts, FRENCH, false, Aucun conflit à régler.",
        "conflicts, FRENCH, true, Il n’y a pas de choix à faire.",
        "conflicts, ENGLISH, false, No conflict to settle.",
        "rejected, FRENCH, false, Aucune modification refusée.",
        "rejected, FRENCH, true, Il n’y a pas de changement refusé.",
        "rejected, ENGLISH, true, There is no refused change."
    })
    void anEmptyListShowsAPictogramAndASentence(String screen, Language language, boolean easy, String said)
            throws Exception {
        EasyRead texts = new EasyRead(new Messages(language), easy, 1.0);
        Node none = fx(() -> {
            View view = screen.equals("conflicts")
                    ? new ConflictsView(new ConflictsViewModel(store, new DirectBackground(), texts, () -> {}), texts)
                    : new RejectedView(
                            new RejectedViewModel(store, new DirectBackground(), texts, ZoneOffset.UTC, () -> {}),
                            texts);
            StackPane shell = new StackPane(view.node());
            Scene scene = new Scene(shell, 400, 800);
            Theme.apply(scene);
            stage.setScene(scene);
            stage.show();
            shell.applyCss();
            shell.layout();
            return shell.lookup(screen.equals("conflicts") ? "#conflict-cards-none" : "#rejected-cards-none");
        });
        assertThat(none).isNotNull();
        assertThat(none.isVisible()).isTrue();
        assertThat(none.getLayoutBounds().getHeight()).isPositive();
        assertThat(none.lookupAll(".label").stream().map(n -> ((Label) n).getText()))
                .containsExactly(said);
        assertThat(none.lookupAll(".ikonli-font-icon")).hasSize(1).allMatch(FontIcon.class::isInstance);
    }
}
