package org.jalons.ui.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.jalons.ui.Theme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The switch as the stylesheet draws it: a track with a round thumb that moves, seen on and off. */
class SwitchTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    /** A switch on a screen of the app at {@code fontPx}, styled and laid out. */
    static Switch styled(String words, double width, double fontPx) {
        Switch s = new Switch(words);
        VBox screen = new VBox(s);
        screen.getStyleClass().addAll("app-shell", "screen");
        screen.setStyle("-fx-font-size: " + fontPx + "px;");
        Scene scene = new Scene(screen, width, 400);
        Theme.apply(scene);
        layout(screen);
        return s;
    }

    static void layout(Region root) {
        root.applyCss();
        root.layout();
    }

    static Region track(Switch s) {
        return (Region) s.lookup(".switch-track");
    }

    static Region thumb(Switch s) {
        return (Region) s.lookup(".switch-thumb");
    }

    @Test
    void theThumbIsARoundDotInsideTheTrackOnAndOffAndMovesToTheEnd() throws Exception {
        fx(() -> {
            Switch s = styled("Lecture facile", 360, 15);
            Region root = (Region) s.getParent();
            for (boolean on : new boolean[] {false, true}) {
                s.setSelected(on);
                layout(root);
                Region track = track(s);
                Region thumb = thumb(s);
                assertThat(thumb.isVisible()).isTrue();
                // Round and clearly smaller than its track: not the whole track filled (as before).
                assertThat(thumb.getWidth()).as("thumb width, on=%s", on).isEqualTo(thumb.getHeight());
                assertThat(thumb.getWidth()).isGreaterThanOrEqualTo(14).isLessThan(track.getHeight());
                assertThat(track.getWidth()).isGreaterThan(track.getHeight() * 1.4);
                Bounds inTrack = thumb.getBoundsInParent();
                assertThat(inTrack.getMinX()).isGreaterThan(0);
                assertThat(inTrack.getMaxX()).isLessThan(track.getWidth());
                assertThat(contrast(fill(thumb, 0), fill(track, -1)))
                        .as("thumb against its track, on=%s", on)
                        .isGreaterThanOrEqualTo(3.0);
            }
            s.setSelected(false);
            layout(root);
            double offCentre = thumb(s).getBoundsInParent().getCenterX();
            s.setSelected(true);
            layout(root);
            double onCentre = thumb(s).getBoundsInParent().getCenterX();
            assertThat(offCentre).isLessThan(track(s).getWidth() / 2);
            assertThat(onCentre).isGreaterThan(track(s).getWidth() / 2);
            return null;
        });
    }

    @Test
    void itGrowsWithTheTextSize() throws Exception {
        fx(() -> {
            Switch normal = styled("Lecture facile", 360, 15);
            Switch large = styled("Lecture facile", 360, 30);
            assertThat(track(large).getHeight())
                    .isGreaterThanOrEqualTo(track(normal).getHeight() * 1.9);
            assertThat(thumb(large).getWidth())
                    .isGreaterThanOrEqualTo(thumb(normal).getWidth() * 1.9);
            return null;
        });
    }

    @Test
    void wrappedWordsStartAtTheLeftAndTheSwitchStaysAtTheEnd() throws Exception {
        fx(() -> {
            Switch s = styled("L’étape « Préparer le code de la route avec l’auto-école » est faite", 260, 15);
            Text words = (Text) s.lookup(".text");
            assertThat(words.getBoundsInLocal().getHeight())
                    .as("the words wrap")
                    .isGreaterThan(2 * words.getFont().getSize());
            assertThat(s.getTextAlignment()).isEqualTo(TextAlignment.LEFT);
            assertThat(words.getTextAlignment()).isEqualTo(TextAlignment.LEFT);
            assertThat(words.getBoundsInParent().getMinX()).isLessThanOrEqualTo(s.snappedLeftInset() + 1);
            Bounds track = track(s).getBoundsInParent();
            assertThat(track.getMaxX()).isGreaterThan(s.getWidth() - s.snappedRightInset() - 1);
            assertThat(words.getBoundsInParent().getMaxX()).isLessThanOrEqualTo(track.getMinX());
            return null;
        });
    }

    /** The colour of a region's background layer ({@code -1}: the top one, drawn last). */
    static Color fill(Region r, int layer) {
        var fills = r.getBackground().getFills();
        Paint p = fills.get(layer < 0 ? fills.size() + layer : layer).getFill();
        return (Color) p;
    }

    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    static double linear(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    @Test
    void aWordLongerThanTheLineBesideTheTrackShrinksTheWordsRatherThanBeingSplit() throws Exception {
        fx(() -> {
            Switch s = styled("Reconnaissance de la qualité de travailleur handicapé (RQTH)", 320, 30);
            layout((Region) s.getParent());
            layout((Region) s.getParent());
            double line = s.getWidth()
                    - s.snappedLeftInset()
                    - s.snappedRightInset()
                    - track(s).prefWidth(-1)
                    - s.getGraphicTextGap();
            Text word = new Text("Reconnaissance");
            word.setFont(s.getFont());
            assertThat(word.getLayoutBounds().getWidth()).isLessThanOrEqualTo(line);
            assertThat(s.getFont().getSize()).isLessThan(30).isGreaterThanOrEqualTo(30 * 0.6 - 0.1);
            assertThat(s.isWrapText()).isTrue();
            assertThat(s.getWidth()).isLessThanOrEqualTo(320);
            return null;
        });
    }
}
