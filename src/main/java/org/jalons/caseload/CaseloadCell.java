package org.jalons.caseload;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.jalons.i18n.Messages;
import org.jalons.storage.CaseloadRow;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.IkonResolverProvider;
import org.kordamp.ikonli.javafx.JavaFXFontLoader;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * One person in the caseload list, on five rows of one line each: name, open goals, the two ratings, next
 * appointment, markers. Every line is the same height whatever the person, so the list gives all its cells one
 * fixed height ({@link #followFont}: from the base font, so it follows the text size) and never measures a cell to
 * place it. The nodes are built once per cell and reused as the list scrolls; marker labels are made the first
 * time a row of this cell needs them.
 */
final class CaseloadCell extends ListCell<CaseloadRow> {
    /** The markers' looks, in {@link CaseloadRowText#markers()} order. */
    static final String[] MARKER_STYLES = {
        "marker-follow-up", "marker-overdue", "marker-overdue", "marker-overdue", "marker-exited", "marker-pending"
    };

    private static final Ikon[] MARKER_ICONS = {
        Material2AL.EVENT_NOTE,
        Material2AL.ERROR_OUTLINE,
        Material2AL.EVENT_BUSY,
        Material2MZ.TRENDING_DOWN,
        Material2AL.EXIT_TO_APP,
        Material2MZ.SYNC
    };

    /** The icon font's family, named in {@code .marker-glyph}; resolving it loads the font (once, with the first cell). */
    static String iconFont() {
        return IconFont.FAMILY;
    }

    private static final class IconFont {
        static final String FAMILY = IkonResolverProvider.getInstance(JavaFXFontLoader.getInstance())
                .resolve(MARKER_ICONS[0].getDescription())
                .getFontFamily();
    }

    private final Messages messages;
    private final ZoneId zone;
    private final Clock clock;
    private final Lines lines = new Lines();

    CaseloadCell(Messages messages, ZoneId zone, Clock clock) {
        iconFont();
        this.messages = messages;
        this.zone = zone;
        this.clock = clock;
        getStyleClass().add("caseload-cell");
        // Lets the list decide the width: a cell never pushes the list into a horizontal scroll.
        setPrefWidth(0);
        setText(null);
    }

    @Override
    protected void updateItem(CaseloadRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        CaseloadRowText t = CaseloadRowText.of(row, messages, zone, LocalDate.ofInstant(clock.instant(), zone));
        lines.show(t, row.latestSelfRating() != null, row.latestCounsellorRating() != null);
        setAccessibleText(t.spoken());
        setGraphic(lines);
    }

    /**
     * From this base font size (px) on, a line has room for about twenty words' width no more: the two ratings go
     * one under the other and the next appointment may take two lines. Decided by the font alone, so that every
     * line of the list keeps the same height.
     */
    static final double STACKED_FROM = 16.5;

    /**
     * A line's height: some pixels plus some times the base font size, with its rows side by side or stacked. The
     * rows, their gaps and padding are in em of that font; the pixels are the border and every row's rounding to
     * whole pixels. CaseloadCellTest checks that this holds a line with markers at every text size, without much
     * room to spare.
     */
    static double lineHeight(Font baseFont) {
        double size = baseFont.getSize();
        return Math.ceil(size >= STACKED_FROM ? 5 + 12.8 * size : 10 + 9.4 * size);
    }

    /**
     * Keeps the list's fixed cell size at {@link #lineHeight} of {@code baseFont}, the font of a text in the list's
     * base font, which follows the text size setting: it changes in the style pass, before the list is laid out.
     */
    static void followFont(ListView<?> list, ObservableValue<Font> baseFont) {
        list.setFixedCellSize(lineHeight(baseFont.getValue()));
        baseFont.addListener((obs, old, font) -> list.setFixedCellSize(lineHeight(font)));
    }

    /** The natural height of the cell's content: the fixed cell size must never be less. */
    double contentHeight() {
        Insets insets = getInsets();
        return insets.getTop() + lines.prefHeight(-1) + insets.getBottom();
    }

    /** A font whose lines are taller than {@link #lineHeight} foresees (another platform's) raises the list's height. */
    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        ListView<CaseloadRow> list = getListView();
        if (getGraphic() != null && list != null && list.getFixedCellSize() > 0) {
            double needed = snapSizeY(contentHeight());
            if (needed > list.getFixedCellSize()) {
                list.setFixedCellSize(needed);
            }
        }
    }

    /**
     * The five lines, laid out by hand: no VBox, HBox or FlowPane to style and lay out in every cell. Gaps follow
     * the font size, so the whole row scales with the text size setting.
     */
    static final class Lines extends Region {
        private final Label name = line("person-name");
        private final Label goals = line("row-detail");
        private final Label self = line("chip", "chip-self");
        private final Label counsellor = line("chip", "chip-counsellor");
        private final Label next = line("row-detail");
        private final Label[] markers = new Label[MARKER_STYLES.length];
        /** Measures words in a marker's font (the FX thread's alone, like every node). */
        private static final Text MEASURE = new Text();
        /** The markers this row shows, in order: markers[shown[0]], … */
        private final int[] shown = new int[MARKER_STYLES.length];

        private int shownCount;
        /** The next appointment in words, and only its date and hour (large text: after a calendar icon). */
        private String nextWords = "";

        private String nextWhen = "";
        private final Text calendar = glyph(Material2AL.EVENT);

        Lines() {
            getStyleClass().add("caseload-row");
            // On two lines with large text: the words start at the top, right under the ratings.
            next.setAlignment(Pos.TOP_LEFT);
            getChildren().addAll(name, goals, self, counsellor, next);
        }

        private static Label line(String... styleClasses) {
            Label l = new Label();
            l.getStyleClass().addAll(styleClasses);
            l.setMinWidth(0);
            return l;
        }

        /**
         * The marker's icon: the icon font's glyph in a plain text, sized in em of the marker's words by the
         * stylesheet ({@code .marker-glyph}). Ikonli's FontIcon would restyle itself inline at every size change.
         */
        private static Text glyph(Ikon ikon) {
            Text glyph = new Text(new String(Character.toChars(ikon.getCode())));
            glyph.getStyleClass().add("marker-glyph");
            return glyph;
        }

        /** {@code selfRated}, {@code counsellorRated}: the ratings end with a figure, which a cut must keep. */
        void show(CaseloadRowText t, boolean selfRated, boolean counsellorRated) {
            name.setText(t.name());
            goals.setText(t.goals());
            self.setText(t.selfRating());
            counsellor.setText(t.counsellorRating());
            nextWords = t.nextAppointment();
            int colon = nextWords.indexOf(": ");
            nextWhen = colon < 0 ? nextWords : nextWords.substring(colon + 2);
            // A rating cut at its end would lose the figure: it is cut in the middle of the name instead.
            self.setTextOverrun(selfRated ? OverrunStyle.CENTER_ELLIPSIS : OverrunStyle.ELLIPSIS);
            counsellor.setTextOverrun(counsellorRated ? OverrunStyle.CENTER_ELLIPSIS : OverrunStyle.ELLIPSIS);
            next.setText(t.nextAppointment());
            String[] texts = t.markers();
            shownCount = 0;
            for (int i = 0; i < texts.length; i++) {
                Label m = markers[i];
                if (texts[i] != null) {
                    if (m == null) {
                        m = markers[i] = line("marker", MARKER_STYLES[i]);
                        m.setGraphic(glyph(MARKER_ICONS[i]));
                        getChildren().add(m);
                    }
                    m.setText(texts[i]);
                    // When the line is short of room the marker shows only its icon: a screen reader still says it.
                    m.setAccessibleText(texts[i]);
                    m.setVisible(true);
                    shown[shownCount++] = i;
                } else if (m != null) {
                    m.setVisible(false);
                }
            }
            requestLayout();
        }

        /** Large text: ratings one under the other, the next appointment on up to two lines. */
        private boolean stacked() {
            return goals.getFont().getSize() >= STACKED_FROM;
        }

        /** Vertical gap between lines and horizontal gap between chips, in pixels, from the current text size. */
        private double gap() {
            return snapSpaceY(goals.getFont().getSize() * 0.27);
        }

        private double hgap() {
            return snapSpaceX(goals.getFont().getSize() * 0.53);
        }

        @Override
        protected double computePrefHeight(double width) {
            Insets in = getInsets();
            double markerLine = shownCount == 0 ? 0 : markers[shown[0]].prefHeight(-1);
            double lines = name.prefHeight(-1) + goals.prefHeight(-1) + markerLine;
            if (stacked()) {
                lines += self.prefHeight(-1) + counsellor.prefHeight(-1) + 2 * next.prefHeight(-1) + 5 * gap();
            } else {
                lines += Math.max(self.prefHeight(-1), counsellor.prefHeight(-1)) + next.prefHeight(-1) + 4 * gap();
            }
            return in.getTop() + lines + in.getBottom();
        }

        @Override
        protected double computePrefWidth(double height) {
            return 0;
        }

        @Override
        protected void layoutChildren() {
            Insets in = getInsets();
            double x = in.getLeft();
            double w = Math.max(0, getWidth() - in.getLeft() - in.getRight());
            double gap = gap();
            double y = in.getTop();
            y = place(name, x, y, w) + gap;
            y = place(goals, x, y, w) + gap;
            double hgap = hgap();
            boolean stacked = stacked();
            if (stacked) {
                y = place(self, x, y, Math.min(w, self.prefWidth(-1))) + gap;
                y = place(counsellor, x, y, Math.min(w, counsellor.prefWidth(-1))) + gap;
            } else {
                double selfW = self.prefWidth(-1);
                double counsellorW = counsellor.prefWidth(-1);
                if (selfW + hgap + counsellorW > w) {
                    // Each gives up room in proportion to its length: both lose as little as they can.
                    double room = Math.max(0, w - hgap);
                    double s = room * selfW / (selfW + counsellorW);
                    counsellorW = room - s;
                    selfW = s;
                }
                double chipsH = Math.max(self.prefHeight(-1), counsellor.prefHeight(-1));
                self.resizeRelocate(x, y, snapSizeX(selfW), chipsH);
                counsellor.resizeRelocate(snapPositionX(x + selfW + hgap), y, snapSizeX(counsellorW), chipsH);
                y += chipsH + gap;
            }
            if (next.isWrapText() != stacked) {
                next.setWrapText(stacked);
            }
            // At large text sizes the words "Prochain rendez-vous" would fill the line: a calendar says them (and the
            // row's spoken text keeps them).
            next.setText(stacked ? nextWhen : nextWords);
            next.setGraphic(stacked && !nextWhen.equals(nextWords) ? calendar : null);
            double nextH = next.prefHeight(-1) * (stacked ? 2 : 1);
            next.resizeRelocate(x, y, w, nextH);
            y += nextH + gap;
            layoutMarkers(x, y, w, hgap);
        }

        /** Places a one-line label (it ends with "…" when too long); returns its bottom. */
        private double place(Label l, double x, double y, double w) {
            double h = l.prefHeight(-1);
            l.resizeRelocate(x, y, w, h);
            return y + h;
        }

        /**
         * All the markers on one line: with their words while they fit; otherwise the last ones show only their
         * icon (their words stay in the row's accessible text), and the first one ends with "…" if even that is
         * not enough. Icons that still do not fit (the largest text on the narrowest window) are left out; the
         * accessible text says them all the same.
         */
        private void layoutMarkers(double x, double y, double w, double hgap) {
            if (shownCount == 0) {
                return;
            }
            double[] full = new double[shownCount];
            double[] icon = new double[shownCount];
            for (int k = 0; k < shownCount; k++) {
                Label m = markers[shown[k]];
                Insets p = m.getInsets();
                double iconW = m.getGraphic().prefWidth(-1);
                icon[k] = snapSizeX(p.getLeft() + iconW + p.getRight());
                // Measured from the words, not from the label, whose width depends on what the last layout chose.
                MEASURE.setFont(m.getFont());
                MEASURE.setText(m.getText());
                full[k] = snapSizeX(p.getLeft()
                                + iconW
                                + m.getGraphicTextGap()
                                + MEASURE.getLayoutBounds().getWidth()
                                + p.getRight())
                        + 1;
            }
            // withWords: how many markers, from the first, keep their words.
            int withWords = shownCount;
            while (withWords > 0) {
                double needed = hgap * (shownCount - 1);
                for (int k = 0; k < shownCount; k++) {
                    needed += k < withWords ? full[k] : icon[k];
                }
                if (needed <= w) {
                    break;
                }
                withWords--;
            }
            double h = markers[shown[0]].prefHeight(-1);
            double left = x;
            for (int k = 0; k < shownCount; k++) {
                Label m = markers[shown[k]];
                double width;
                ContentDisplay display = ContentDisplay.LEFT;
                if (k < withWords) {
                    width = full[k];
                } else if (k == 0) {
                    // Not even the first fits with its words beside the other icons: it keeps what is left.
                    double rest = hgap * (shownCount - 1);
                    for (int j = 1; j < shownCount; j++) {
                        rest += icon[j];
                    }
                    width = Math.max(icon[0], w - rest);
                    if (width < icon[0] + hgap * 2) {
                        display = ContentDisplay.GRAPHIC_ONLY;
                        width = icon[0];
                    }
                } else {
                    display = ContentDisplay.GRAPHIC_ONLY;
                    width = icon[k];
                }
                if (m.getContentDisplay() != display) {
                    m.setContentDisplay(display);
                }
                // Very large text on a narrow window: the last icons that do not fit are left out of the line.
                boolean fits = left + width <= x + w + 0.5;
                if (m.isVisible() != fits) {
                    m.setVisible(fits);
                }
                m.resizeRelocate(snapPositionX(left), y, snapSizeX(width), h);
                left += width + hgap;
            }
        }
    }
}
