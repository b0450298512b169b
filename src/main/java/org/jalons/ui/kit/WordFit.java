package org.jalons.ui.kit;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.InvalidationListener;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/**
 * Keeps the words of wrapping labels whole when their text is large: JavaFX splits a word longer than its line
 * ("Démonstrati/on"), so the labels' text shrinks, the same share for all of them and down to a floor, until their
 * longest word fits their width; when even the floor is too large, the labels go on one line ending with an
 * ellipsis rather than split a word. The shrink is an inline font size in em (of the label's parent), so the text
 * still follows the text size setting.
 */
public final class WordFit {
    private static final Pattern WORD = Pattern.compile("\\S+");

    private final List<Labeled> labels;
    private final double floor;
    private double share = 1;
    private boolean on = true;
    private boolean fitting;

    private WordFit(List<? extends Labeled> labels, double floor) {
        this.labels = List.copyOf(labels);
        this.floor = floor;
    }

    /**
     * Fits {@code labels} now and whenever their width, text, font or scene change.
     *
     * @param floor the smallest share of their size their text may shrink to (e.g. 0.6)
     */
    public static WordFit fit(List<? extends Labeled> labels, double floor) {
        WordFit fit = new WordFit(labels, floor);
        InvalidationListener refit = o -> fit.refit();
        for (Labeled l : fit.labels) {
            l.widthProperty().addListener(refit);
            l.textProperty().addListener(refit);
            l.fontProperty().addListener(refit);
            l.sceneProperty().addListener(refit);
            l.contentDisplayProperty().addListener(refit);
        }
        fit.refit();
        return fit;
    }

    /** The share of their size the labels' text has now (1: not shrunk). */
    public double share() {
        return share;
    }

    /** Fits the labels ({@code true}), or leaves them at their stylesheet size and wrapping as they are. */
    public void setOn(boolean on) {
        this.on = on;
        if (!on) {
            share = 1;
            labels.forEach(l -> l.setStyle(""));
        }
        refit();
    }

    /** Fits again, e.g. after a change the labels do not show in their own properties. */
    public void refit() {
        if (fitting || !on || labels.stream().anyMatch(l -> l.getScene() == null)) {
            return;
        }
        fitting = true;
        try {
            double needed = 1;
            double[] ems = new double[labels.size()];
            for (int i = 0; i < labels.size(); i++) {
                Labeled l = labels.get(i);
                // The label's own size (stylesheet) and its parent's, to write the shrunk size in the parent's em.
                l.setStyle("");
                l.applyCss();
                double own = l.getFont().getSize();
                needed = Math.min(needed, shareThatFits(l));
                l.setStyle("-fx-font-size: 1em;");
                l.applyCss();
                ems[i] = own / l.getFont().getSize();
            }
            share = Math.max(floor, Math.min(1, needed));
            for (int i = 0; i < labels.size(); i++) {
                Labeled l = labels.get(i);
                l.setStyle(share == 1 ? "" : String.format(Locale.ROOT, "-fx-font-size: %.3fem;", ems[i] * share));
                l.applyCss();
                l.setWrapText(needed >= floor);
            }
        } finally {
            fitting = false;
        }
    }

    /**
     * Lets a wrapping label be narrower than its text, never than its longest word: JavaFX would split that word
     * ("12 peopl/e"). Its minimum width follows its text, font and padding, and keeps room for a pictogram beside
     * the words.
     */
    public static void neverSplitWords(Labeled label) {
        label.setWrapText(true);
        InvalidationListener update = o -> label.setMinWidth(Math.ceil(longestWord(label))
                + label.snappedLeftInset()
                + label.snappedRightInset()
                + label.getLabelPadding().getLeft()
                + label.getLabelPadding().getRight()
                + besideWords(label)
                + 1);
        label.textProperty().addListener(update);
        label.fontProperty().addListener(update);
        label.graphicProperty().addListener(update);
        label.contentDisplayProperty().addListener(update);
        label.graphicTextGapProperty().addListener(update);
        // The padding comes from the stylesheet, after the label is built.
        label.paddingProperty().addListener(update);
        update.invalidated(label.textProperty());
    }

    /** The width a pictogram on the left or right of the words takes from their line. */
    private static double besideWords(Labeled l) {
        boolean beside = l.getContentDisplay() == ContentDisplay.LEFT || l.getContentDisplay() == ContentDisplay.RIGHT;
        return l.getGraphic() == null || !beside ? 0 : l.getGraphic().prefWidth(-1) + l.getGraphicTextGap();
    }

    private static double longestWord(Labeled l) {
        String text = l.getText();
        double widest = 0;
        Matcher word = WORD.matcher(text == null ? "" : text);
        while (word.find()) {
            Text measure = new Text(word.group());
            measure.setFont(l.getFont());
            widest = Math.max(widest, measure.getLayoutBounds().getWidth());
        }
        return widest;
    }

    /** The share of the label's size at which its longest word fits its width (1 or more: it fits as it is). */
    private static double shareThatFits(Labeled l) {
        String text = l.getText();
        double width = l.getWidth()
                - l.snappedLeftInset()
                - l.snappedRightInset()
                - l.getLabelPadding().getLeft()
                - l.getLabelPadding().getRight();
        if (text == null || text.isBlank() || width <= 0 || l.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY) {
            return 1;
        }
        width -= besideWords(l);
        double widest = longestWord(l);
        return widest <= 0 ? 1 : (width - 1) / widest;
    }
}
