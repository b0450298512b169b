package org.jalons.caseload;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
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
 * One person in the caseload list, as a Material list item: the name, the next appointment (normal text sizes), then
 * the two ratings and the markers as chips. Every line is the same height whatever the person, so the list gives all its cells one
 * fixed height ({@link #followFont}: from the base font, so it follows the text size) and never measures a cell to
 * place it. The nodes are built once per cell and reused as the list scrolls; marker labels are made the first
 * time a row of this cell needs them.
 */
final class CaseloadCell extends ListCell<CaseloadRow> {
    /** The markers' looks, in {@link CaseloadRowText#markers()} order. */
    static final String[] MARKER_STYLES = {
        "marker-follow-up",
        "marker-overdue",
        "marker-overdue",
        "marker-overdue",
        "marker-proposal",
        "marker-exited",
        "marker-pending"
    };

    private static final Ikon[] MARKER_ICONS = {
        Material2AL.EVENT_NOTE,
        Material2AL.ERROR_OUTLINE,
        Material2AL.EVENT_BUSY,
        Material2MZ.TRENDING_DOWN,
        Material2MZ.RECORD_VOICE_OVER,
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
        lines.show(
                t,
                figure(row.latestSelfRating()),
                figure(row.latestCounsellorRating()),
                n -> messages.get("caseload.moreMarkers", n));
        setAccessibleText(t.spoken());
        setGraphic(lines);
    }

    /** A rating as its figure alone, when the line has no room for its words: a dash when there is none yet. */
    static String figure(Integer rating) {
        return rating == null ? "\u2013" : rating + "/10";
    }

    /**
     * From this base font size (px) on, a line has room for about twenty words' width no more: the line drops its
     * status line (the next appointment, still said by the row's spoken text and shown by the agenda) and keeps the
     * name over its chips. Decided by the font alone, so that every line of the list keeps the same height.
     */
    static final double STACKED_FROM = 16.5;

    /**
     * A line's height: some pixels plus some times the base font size, with or without its status line. The rows,
     * their gaps and padding are in em of that font; the pixels are the border and every row's rounding to whole
     * pixels. CaseloadCellTest checks that this holds a line with chips at every text size, without much room to
     * spare.
     */
    static double lineHeight(Font baseFont) {
        double size = baseFont.getSize();
        return Math.ceil(size >= STACKED_FROM ? 4 + 3.0 * size : 8 + 4.2 * size);
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
     * The line, laid out by hand like a Material list item: the name as its title, the next appointment as its
     * status line (normal text sizes only), then one row of chips: the two ratings, then the markers, most pressing
     * first. Chips give up their words before the row runs out of room (a rating keeps its figure, a marker its
     * icon), and the last markers then fold into a "+N" chip; the row's spoken text says them all. No VBox, HBox or
     * FlowPane to style and lay out in every cell; gaps follow the font size, so the line scales with the text size.
     */
    static final class Lines extends Region {
        private final Label name = line("person-name");
        private final Label next = line("row-detail");
        private final Label self = line("chip", "chip-self");
        private final Label counsellor = line("chip", "chip-counsellor");
        private final Label more = line("chip", "chip-more");
        private final Label[] markers = new Label[MARKER_STYLES.length];
        /** Measures words in a chip's font (the FX thread's alone, like every node). */
        private static final Text MEASURE = new Text();
        /** The markers this row shows, in order: markers[shown[0]], … */
        private final int[] shown = new int[MARKER_STYLES.length];

        private int shownCount;
        /** The ratings in words ("Samia : 7/10") and as their figure alone ("7/10"), when the row is short of room. */
        private String selfWords = "";

        private String selfFigure = "";
        private String counsellorWords = "";
        private String counsellorFigure = "";
        private java.util.function.IntFunction<String> moreSaid = n -> "";

        Lines() {
            getStyleClass().add("caseload-row");
            getChildren().addAll(name, next, self, counsellor, more);
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

        /** {@code moreSaid}: how the "+N" chip is said to a screen reader, for N markers folded. */
        void show(
                CaseloadRowText t,
                String selfFigure,
                String counsellorFigure,
                java.util.function.IntFunction<String> moreSaid) {
            name.setText(t.name());
            next.setText(t.nextAppointment());
            selfWords = t.selfRating();
            counsellorWords = t.counsellorRating();
            this.selfFigure = selfFigure;
            this.counsellorFigure = counsellorFigure;
            this.moreSaid = moreSaid;
            self.setAccessibleText(selfWords);
            counsellor.setAccessibleText(counsellorWords);
            String[] texts = t.markers();
            shownCount = 0;
            for (int i = 0; i < texts.length; i++) {
                Label m = markers[i];
                if (texts[i] != null) {
                    if (m == null) {
                        m = markers[i] = line("marker", MARKER_STYLES[i]);
                        m.setGraphic(glyph(MARKER_ICONS[i]));
                        getChildren().add(m);
                        // Its font now, not at the next pulse: the row is measured in it at once.
                        m.applyCss();
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

        /** Large text: the name over the chips, no status line. */
        private boolean stacked() {
            return next.getFont().getSize() >= STACKED_FROM;
        }

        /** Vertical gap between lines and horizontal gap between chips, in pixels, from the current text size. */
        private double gap() {
            return snapSpaceY(next.getFont().getSize() * 0.1);
        }

        private double hgap() {
            return snapSpaceX(next.getFont().getSize() * 0.25);
        }

        private double chipsHeight() {
            double h = self.prefHeight(-1);
            return shownCount == 0 ? h : Math.max(h, markers[shown[0]].prefHeight(-1));
        }

        @Override
        protected double computePrefHeight(double width) {
            Insets in = getInsets();
            double lines = name.prefHeight(-1) + gap() + chipsHeight();
            if (!stacked()) {
                lines += next.prefHeight(-1) + gap();
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
            double y = place(name, x, in.getTop(), w) + gap;
            boolean stacked = stacked();
            next.setVisible(!stacked);
            if (!stacked) {
                y = place(next, x, y, w) + gap;
            }
            layoutChips(x, y, w, hgap());
        }

        /** Places a one-line label (it ends with "…" when too long); returns its bottom. */
        private double place(Label l, double x, double y, double w) {
            double h = l.prefHeight(-1);
            l.resizeRelocate(x, y, w, h);
            return y + h;
        }

        /** A chip's width with these words (none: its icon alone), measured from the words, not from the label. */
        private double width(Label chip, String words) {
            Insets p = chip.getInsets();
            double iconW = chip.getGraphic() == null ? 0 : chip.getGraphic().prefWidth(-1);
            if (words == null) {
                return snapSizeX(p.getLeft() + iconW + p.getRight());
            }
            MEASURE.setFont(chip.getFont());
            MEASURE.setText(words);
            double gapW = iconW > 0 ? chip.getGraphicTextGap() : 0;
            return snapSizeX(p.getLeft()
                            + iconW
                            + gapW
                            + MEASURE.getLayoutBounds().getWidth()
                            + p.getRight())
                    + 1;
        }

        /**
         * One row of chips. While the row is too long, in this order: the markers after the most pressing one show
         * only their icon (the last first), the ratings only their figure (the markers get their words back if that
         * left room), the most pressing marker its icon, then the last markers fold into a "+N" chip.
         */
        private void layoutChips(double x, double y, double w, double hgap) {
            double selfLong = width(self, selfWords);
            double counsellorLong = width(counsellor, counsellorWords);
            double selfShort = width(self, selfFigure);
            double counsellorShort = width(counsellor, counsellorFigure);
            double[] full = new double[shownCount];
            double[] icon = new double[shownCount];
            for (int k = 0; k < shownCount; k++) {
                Label m = markers[shown[k]];
                full[k] = width(m, m.getText());
                icon[k] = width(m, null);
            }
            boolean ratingsInWords = true;
            int withWords = shownCount;
            int folded = 0;
            while (true) {
                double needed = (ratingsInWords ? selfLong + counsellorLong : selfShort + counsellorShort) + hgap;
                int kept = shownCount - folded;
                for (int k = 0; k < kept; k++) {
                    needed += hgap + (k < withWords ? full[k] : icon[k]);
                }
                if (folded > 0) {
                    needed += hgap + width(more, "+" + folded);
                }
                if (needed <= w || (kept == 0 && !ratingsInWords)) {
                    break;
                }
                if (withWords > 1) {
                    withWords--;
                } else if (ratingsInWords) {
                    ratingsInWords = false;
                    withWords = shownCount;
                } else if (withWords > 0) {
                    withWords--;
                } else {
                    folded++;
                    withWords = 0;
                }
            }
            double h = chipsHeight();
            double left = x;
            self.setText(ratingsInWords ? selfWords : selfFigure);
            counsellor.setText(ratingsInWords ? counsellorWords : counsellorFigure);
            double sw = Math.min(ratingsInWords ? selfLong : selfShort, w);
            self.resizeRelocate(snapPositionX(left), y, sw, h);
            left += sw + hgap;
            double cw = Math.min(ratingsInWords ? counsellorLong : counsellorShort, Math.max(0, x + w - left));
            counsellor.resizeRelocate(snapPositionX(left), y, cw, h);
            left += cw + hgap;
            int kept = shownCount - folded;
            for (int k = 0; k < shownCount; k++) {
                Label m = markers[shown[k]];
                if (k >= kept) {
                    m.setVisible(false);
                    continue;
                }
                m.setVisible(true);
                ContentDisplay display = k < withWords ? ContentDisplay.LEFT : ContentDisplay.GRAPHIC_ONLY;
                if (m.getContentDisplay() != display) {
                    m.setContentDisplay(display);
                }
                double width = k < withWords ? full[k] : icon[k];
                m.resizeRelocate(snapPositionX(left), y, snapSizeX(width), h);
                left += width + hgap;
            }
            more.setText("+" + folded);
            double moreW = width(more, more.getText());
            // The largest text on the narrowest window: no room even for the count; the row's spoken text says all.
            more.setVisible(folded > 0 && left + moreW <= x + w + 0.5);
            more.setAccessibleText(moreSaid.apply(folded));
            more.resizeRelocate(snapPositionX(left), y, moreW, h);
        }
    }
}
