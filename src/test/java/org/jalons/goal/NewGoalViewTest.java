package org.jalons.goal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.layout.StackPane;
import org.jalons.i18n.Language;
import org.jalons.i18n.Messages;
import org.jalons.protocol.Vocabulary.GoalTheme;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Profiles;
import org.jalons.ui.DirectBackground;
import org.jalons.ui.EasyRead;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The theme tiles of "a goal of my own" speak the mode's words: easy-read has its own, without jargon. */
class NewGoalViewTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    LocalStore store;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void store() {
        store = new Profiles(dir, CLOCK, 1000).openDemo(Role.BENEFICIARY);
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
        "FRENCH, true, Avoir confiance en moi",
        "ENGLISH, true, Believe in myself",
        "FRENCH, false, 'Confiance en soi, remobilisation'"
    })
    void theConfidenceTileSaysTheModesWords(Language language, boolean easy, String said) throws Exception {
        EasyRead texts = new EasyRead(new Messages(language), easy, 1.0);
        String shown = fx(() -> {
            NewGoalView view =
                    new NewGoalView(new NewGoalViewModel(store, new DirectBackground(), texts, CLOCK), texts, () -> {});
            StackPane shell = new StackPane(view.node());
            new Scene(shell, 400, 800); // a scroll pane shows its content once its skin is made
            shell.applyCss();
            shell.layout();
            return ((Labeled) shell.lookup("#theme-" + GoalTheme.CONFIANCE.name())).getText();
        });
        assertThat(shown).isEqualTo(said);
    }

    @org.junit.jupiter.api.Test
    void theOrganisationsThemesComeFirstInTheirEasyWordsAndAreWrittenAsTheirLabel() throws Exception {
        store.orgVocabulary()
                .replace(java.util.List.of(new org.jalons.domain.OrgTerm(
                        org.jalons.domain.OrgTerm.Kind.GOAL_THEME,
                        "ORG_K7P2QX9M",
                        "Passer le permis de conduire",
                        "Le permis",
                        true,
                        java.util.List.of())));
        EasyRead texts = new EasyRead(new Messages(Language.FRENCH), true, 1.0);
        NewGoalViewModel model = new NewGoalViewModel(store, new DirectBackground(), texts, CLOCK);
        String first = fx(() -> {
            NewGoalView view = new NewGoalView(model, texts, () -> {});
            StackPane shell = new StackPane(view.node());
            new Scene(shell, 400, 800);
            shell.applyCss();
            shell.layout();
            javafx.scene.control.ToggleButton tile = (javafx.scene.control.ToggleButton)
                    shell.lookupAll(".theme-button").iterator().next();
            tile.fire();
            return tile.getId() + " " + tile.getText();
        });
        assertThat(first).isEqualTo("theme-org-ORG_K7P2QX9M Le permis");

        fx(() -> {
            model.wordsProperty().set("passer mon permis");
            return model.save(() -> {});
        });

        assertThat(store.beneficiaries().all().stream()
                        .flatMap(b -> store.goals().forBeneficiary(b.id()).stream())
                        .map(g -> g.theme().wire()))
                .contains("custom:Passer le permis de conduire");
    }
}
