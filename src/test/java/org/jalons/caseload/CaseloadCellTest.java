package org.jalons.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.jalons.i18n.Language;
import org.jalons.i18n.Messages;
import org.jalons.storage.CaseloadRow;
import org.jalons.ui.DirectBackground;
import org.jalons.ui.Theme;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Caseload lines have one fixed height, set in em in the stylesheet: whatever the text size and the language, every
 * line's content must fit in it, without much room to spare.
 */
class CaseloadCellTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);
    /** Every step of the settings' slider. */
    static final double[] SCALES = java.util.stream.IntStream.rangeClosed(17, 40)
            .mapToDouble(i -> i * 0.05)
            .toArray();

    static Stage stage;
    static StackPane shell;

    @BeforeAll
    static void stage() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        fx(() -> {
            shell = new StackPane();
            shell.getStyleClass().add("app-shell");
            Scene scene = new Scene(shell, 400, 800);
            Theme.apply(scene);
            stage.setScene(scene);
            stage.show();
            return null;
        });
    }

    @AfterAll
    static void cleanup() throws Exception {
        FxToolkit.cleanupStages();
    }

    static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }

    /** Rows with every marker, none, and long words. */
    static List<CaseloadRow> rows() {
        LocalDate today = LocalDate.of(2026, 11, 26);
        List<CaseloadRow> rows = new ArrayList<>();
        rows.add(new CaseloadRow(
                UUID.randomUUID(),
                "Aminata Diallo-Fernandes de la Tour",
                3,
                2,
                9,
                null,
                Instant.parse("2026-12-03T09:30:00Z"),
                today.minusWeeks(10),
                true,
                false,
                true,
                false));
        rows.add(new CaseloadRow(
                UUID.randomUUID(), "Thomas L.", 1, 0, null, 6, null, today, false, false, false, false));
        rows.add(new CaseloadRow(
                UUID.randomUUID(), "Samia B.", 0, 0, 7, 7, null, today.minusMonths(8), true, true, false, true));
        for (int i = 0; i < 10; i++) {
            rows.add(new CaseloadRow(
                    UUID.randomUUID(),
                    "Personne " + i,
                    i,
                    i % 2,
                    i,
                    10 - i,
                    null,
                    today,
                    i % 3 == 0,
                    i % 4 == 0,
                    i % 5 == 0,
                    false));
        }
        return rows;
    }

    private ListView<CaseloadRow> show(Language language, double scale) throws Exception {
        return show(language, scale, Double.MAX_VALUE);
    }

    private ListView<CaseloadRow> show(Language language, double scale, double width) throws Exception {
        return fx(() -> {
            Messages messages = new Messages(language);
            CaseloadViewModel model = new CaseloadViewModel(
                    CaseloadCellTest::rows, new DirectBackground(), messages, CLOCK, ZoneOffset.UTC);
            CaseloadView view = new CaseloadView(model, messages, ZoneOffset.UTC, "Camille", () -> {});
            shell.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", 15 * scale));
            ((javafx.scene.layout.Region) view.node()).setMaxWidth(width);
            shell.getChildren().setAll(view.node());
            shell.applyCss();
            shell.layout();
            return (ListView<CaseloadRow>) ((Parent) view.node()).lookup("#caseload");
        });
    }

    private static List<CaseloadCell> cells(ListView<?> list) {
        return list.lookupAll(".caseload-cell").stream()
                .map(CaseloadCell.class::cast)
                .filter(c -> c.getItem() != null && c.isVisible())
                .toList();
    }

    @Test
    void everyLineFitsInTheFixedHeightAtEveryTextSize() throws Exception {
        for (Language language : Language.values()) {
            for (double scale : SCALES) {
                ListView<CaseloadRow> list = show(language, scale);
                double fixed = list.getFixedCellSize();
                double em = 15 * scale;
                assertThat(fixed).as("fixed cell size at x%s", scale).isGreaterThan(0);
                List<CaseloadCell> cells = cells(list);
                assertThat(cells).isNotEmpty();
                for (CaseloadCell cell : cells) {
                    double content = fx(cell::contentHeight);
                    assertThat(cell.getHeight()).isEqualTo(fixed);
                    // Computed from the font, not raised by a cell that found it too small.
                    assertThat(fixed)
                            .isEqualTo(CaseloadCell.lineHeight(javafx.scene.text.Font.font(
                                    Double.parseDouble(String.format(Locale.ROOT, "%.1f", em)))));
                    assertThat(content)
                            .as("%s at x%s", cell.getItem().displayName(), scale)
                            .isLessThanOrEqualTo(fixed);
                    if (!cell.lookupAll(".marker").stream()
                            .filter(Node::isVisible)
                            .toList()
                            .isEmpty()) {
                        assertThat(fixed - content)
                                .as("room to spare at x%s", scale)
                                .isLessThan(0.65 * em);
                    }
                }
            }
        }
    }

    /** The text size slider moves with the screen on show: the height follows without the screen being rebuilt. */
    @Test
    void theHeightFollowsTheTextSizeOnTheScreenShown() throws Exception {
        ListView<CaseloadRow> list = show(Language.FRENCH, 1.0);
        double before = list.getFixedCellSize();
        fx(() -> {
            shell.setStyle("-fx-font-size: 24.0px;");
            shell.applyCss();
            shell.layout();
            return null;
        });
        assertThat(list.getFixedCellSize())
                .isGreaterThan(before)
                .isEqualTo(CaseloadCell.lineHeight(javafx.scene.text.Font.font(24)));
        for (CaseloadCell cell : cells(list)) {
            assertThat(fx(cell::contentHeight)).isLessThanOrEqualTo(list.getFixedCellSize());
            assertThat(cell.getHeight()).isEqualTo(list.getFixedCellSize());
        }
    }

    /**
     * On the narrowest window (320 px) at the largest text, nothing goes out of its line: words end with "…",
     * markers show their icon only, and those with no room left out; the accessible text still says everything.
     */
    @Test
    void onTheNarrowestWindowAtTheLargestTextNothingGoesOutOfItsLine() throws Exception {
        ListView<CaseloadRow> list = show(Language.FRENCH, 2.0, 320);
        for (CaseloadCell cell : cells(list)) {
            Region lines = (Region) cell.getGraphic();
            for (Node n : lines.getChildrenUnmodifiable()) {
                if (n.isVisible()) {
                    assertThat(n.getBoundsInParent().getMaxX())
                            .as(n.toString())
                            .isLessThanOrEqualTo(lines.getWidth() + 0.5);
                    assertThat(n.getBoundsInParent().getMaxY())
                            .as(n.toString())
                            .isLessThanOrEqualTo(lines.getHeight() + 0.5);
                }
            }
        }
        CaseloadCell first = cells(list).get(0);
        assertThat(first.lookupAll(".marker").stream().filter(Node::isVisible).count())
                .isLessThan(4);
        // The markers left out are counted in a "+N" chip, when it has room.
        List<Node> more =
                first.lookupAll(".chip-more").stream().filter(Node::isVisible).toList();
        if (!more.isEmpty()) {
            long shown =
                    first.lookupAll(".marker").stream().filter(Node::isVisible).count();
            assertThat(((Label) more.get(0)).getText()).isEqualTo("+" + (4 - shown));
        }
        assertThat(first.getAccessibleText())
                .endsWith("2 objectifs en retard, Pas d’entretien depuis 6 semaines, Confiance en baisse, À envoyer");
    }

    /**
     * A chip never shows a cut sentence ("Samia : pas encore …"): at every step of the slider, in both languages,
     * on a narrow and a common phone, each chip shows all its words or gives them up (a rating its figure, a marker
     * its icon), from the first frame on.
     */
    @Test
    void noChipShowsACutSentenceAtAnyTextSize() throws Exception {
        List<String> cut = new ArrayList<>();
        for (Language language : Language.values()) {
            for (double width : new double[] {360, 400}) {
                for (double scale : SCALES) {
                    ListView<CaseloadRow> list = show(language, scale, width);
                    cut.addAll(fx(() -> cutChips(list, language + " x" + scale + " " + width + " px")));
                    WaitForAsyncUtils.waitForFxEvents(2);
                    cut.addAll(fx(() -> cutChips(list, language + " x" + scale + " " + width + " px, settled")));
                }
            }
        }
        assertThat(cut).isEmpty();
    }

    private static List<String> cutChips(ListView<CaseloadRow> list, String where) {
        List<String> cut = new ArrayList<>();
        for (CaseloadCell cell : cells(list)) {
            for (Node n : cell.lookupAll(".chip, .marker")) {
                Label chip = (Label) n;
                if (!chip.isVisible() || chip.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY) {
                    continue;
                }
                javafx.scene.text.Text drawn = chip.getChildrenUnmodifiable().stream()
                        .filter(c -> c instanceof javafx.scene.text.Text t
                                && c != chip.getGraphic()
                                && t.getStyleClass().contains("text"))
                        .map(javafx.scene.text.Text.class::cast)
                        .findFirst()
                        .orElse(null);
                if (drawn != null && !drawn.getText().equals(chip.getText())) {
                    cut.add(where + ": \"" + chip.getText() + "\" shown as \"" + drawn.getText() + "\"");
                }
            }
        }
        return cut;
    }

    /** Another platform's font could need more than the height computed from its size: the lines raise it. */
    @Test
    void aLineTallerThanForeseenRaisesTheListsFixedHeight() throws Exception {
        String taller = "data:text/css;base64,"
                + java.util.Base64.getEncoder()
                        .encodeToString(".caseload-row .person-name { -fx-font-size: 3em; }"
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        fx(() -> shell.getScene().getStylesheets().add(taller));
        try {
            ListView<CaseloadRow> list = show(Language.FRENCH, 1.0);
            WaitForAsyncUtils.waitForFxEvents(3);
            double fixed = list.getFixedCellSize();
            assertThat(fixed).isGreaterThan(CaseloadCell.lineHeight(javafx.scene.text.Font.font(15)));
            for (CaseloadCell cell : cells(list)) {
                assertThat(fx(cell::contentHeight)).isLessThanOrEqualTo(fixed);
                assertThat(cell.getHeight()).isEqualTo(fixed);
            }
        } finally {
            fx(() -> shell.getScene().getStylesheets().remove(taller));
        }
    }

    @Test
    void markersThatDoNotFitShowTheirIconAndTheRowStillSaysThemAll() throws Exception {
        ListView<CaseloadRow> list = show(Language.FRENCH, 1.0);
        // The ratings give up their words first, so that the most pressing marker keeps its own (next pulses).
        WaitForAsyncUtils.waitForFxEvents(3);
        CaseloadCell first = cells(list).get(0);
        List<Label> markers = first.lookupAll(".marker").stream()
                .map(Label.class::cast)
                .filter(Node::isVisible)
                .toList();
        assertThat(markers)
                .extracting(Label::getText)
                .containsExactly(
                        "2 objectifs en retard",
                        "Pas d’entretien depuis 6 semaines",
                        "Confiance en baisse",
                        "À envoyer");
        assertThat(markers.get(0).getContentDisplay()).isEqualTo(ContentDisplay.LEFT);
        assertThat(markers.get(3).getContentDisplay()).isEqualTo(ContentDisplay.GRAPHIC_ONLY);
        for (Label m : markers) {
            assertThat(m.getBoundsInParent().getMaxX()).isLessThanOrEqualTo(first.getWidth());
            // The icon is the icon font's glyph: a font name the stylesheet got wrong would show a square instead.
            assertThat(((javafx.scene.text.Text) m.getGraphic()).getFont().getFamily())
                    .isEqualTo(CaseloadCell.iconFont());
        }
        assertThat(first.getAccessibleText())
                .isEqualTo("Aminata Diallo-Fernandes de la Tour, 3 objectifs en cours, "
                        + "Aminata\u00a0: 9/10, Vous\u00a0: pas encore noté, Prochain rendez-vous\u00a0: 03/12/2026 09:30, "
                        + "2 objectifs en retard, Pas d’entretien depuis 6 semaines, Confiance en baisse, À envoyer");
    }
}
