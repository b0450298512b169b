package org.jalons.supervisor;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.jalons.i18n.Messages;
import org.jalons.ui.Components;

/**
 * The confidence table's chart: for each voice, the median first and latest ratings as bars along the whole 0–10
 * scale, the person in blue and the counsellor in orange as in the person's file (jalons.css), never merged. Plain
 * nodes rather than a chart control: the words wrap and never turn, the bars take the card's width at any text
 * size, and the scale keeps 0 and 10 with as many ticks between as fit.
 */
final class ConfidenceBars extends VBox {
    /** The top of the rating scale. */
    static final double TOP = 10;

    /** One voice: its name, its style class ({@code voice-self} or {@code voice-counsellor}), its two medians. */
    record Voice(String name, String styleClass, Double first, Double latest) {}

    private final Messages messages;
    private final String summary;

    ConfidenceBars(List<Voice> voices, Messages messages) {
        super(6);
        this.messages = messages;
        getStyleClass().add("confidence-bars-chart");
        setMinWidth(0);
        NumberFormat number = NumberFormat.getNumberInstance(messages.locale());
        List<String> said = new ArrayList<>();
        for (Voice voice : voices) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll("voice-swatch", voice.styleClass());
            Label name = Components.text(voice.name(), "voice-name");
            name.setMinWidth(0);
            HBox.setHgrow(name, Priority.ALWAYS);
            // beside the name rather than its graphic: a label with a graphic wraps its text too late and cuts it
            HBox named = new HBox(8, swatch, name);
            named.setAlignment(Pos.CENTER_LEFT);
            getChildren().add(named);
            List<String> bars = new ArrayList<>();
            bar(voice, "dashboard.chart.first", "moment-first", voice.first(), number, bars);
            bar(voice, "dashboard.chart.latest", "moment-latest", voice.latest(), number, bars);
            said.add(messages.get("dashboard.chart.voice", voice.name(), String.join(", ", bars)));
        }
        getChildren().add(new Scale());
        summary = String.join(" ; ", said) + ".";
        setAccessibleRole(AccessibleRole.TEXT);
        setAccessibleText(summary);
    }

    private void bar(
            Voice voice, String moment, String momentClass, Double value, NumberFormat number, List<String> said) {
        if (value == null) {
            return;
        }
        String figure = number.format(value);
        String words = messages.get("dashboard.chart.bar", messages.get(moment), figure);
        said.add(words);
        Label caption = Components.text(words, "bar-caption");
        Region bar = new Region();
        bar.getStyleClass().addAll("rating-bar", voice.styleClass(), momentClass);
        getChildren().addAll(caption, new Track(bar, value));
    }

    /** The 0–10 track of one bar: the bar as long as its rating, from the left; a median of 0 still shows. */
    static final class Track extends Region {
        private final Region bar;
        private final double share;

        Track(Region bar, double rating) {
            this.bar = bar;
            this.share = Math.max(0, Math.min(TOP, rating)) / TOP;
            getStyleClass().add("rating-track");
            setMinWidth(0);
            getChildren().add(bar);
        }

        @Override
        protected double computePrefWidth(double height) {
            return 0;
        }

        @Override
        protected double computePrefHeight(double width) {
            return snappedTopInset() + bar.prefHeight(-1) + snappedBottomInset();
        }

        @Override
        protected void layoutChildren() {
            double inner = getWidth() - snappedLeftInset() - snappedRightInset();
            double height = getHeight() - snappedTopInset() - snappedBottomInset();
            double h = Math.min(height, bar.prefHeight(-1));
            bar.resizeRelocate(
                    snappedLeftInset(), snappedTopInset() + (height - h) / 2, Math.max(4, snapSizeX(inner * share)), h);
        }
    }

    /** What the bars show, in words: what a screen reader says and what is written under the chart. */
    String summary() {
        return summary;
    }

    /** The 0–10 scale under the bars: 0 and 10 always, and every 2 or else every 5 between when their labels fit. */
    static final class Scale extends Region {
        private final List<Label> ticks = new ArrayList<>();

        Scale() {
            getStyleClass().add("rating-scale");
            setMinWidth(0);
            for (int t = 0; t <= TOP; t++) {
                Label tick = new Label(Integer.toString(t));
                tick.getStyleClass().add("rating-tick");
                tick.setMinWidth(Region.USE_PREF_SIZE);
                ticks.add(tick);
            }
            getChildren().addAll(ticks);
        }

        @Override
        protected double computePrefHeight(double width) {
            return snappedTopInset() + ticks.get(10).prefHeight(-1) + snappedBottomInset();
        }

        @Override
        protected double computeMinHeight(double width) {
            return computePrefHeight(width);
        }

        @Override
        protected double computePrefWidth(double height) {
            return 0;
        }

        @Override
        protected void layoutChildren() {
            double left = snappedLeftInset();
            double width = getWidth() - left - snappedRightInset();
            double widest = ticks.get(10).prefWidth(-1);
            int step = 10;
            for (int s : new int[] {2, 5}) {
                if (width / (TOP / s) >= widest + 8) {
                    step = s;
                    break;
                }
            }
            for (int t = 0; t < ticks.size(); t++) {
                Label tick = ticks.get(t);
                boolean shown = t % step == 0;
                tick.setVisible(shown);
                double w = tick.prefWidth(-1);
                double h = tick.prefHeight(-1);
                // centred under its place on the bars, kept inside the scale at both ends
                double x = Math.max(0, Math.min(width - w, width * t / TOP - w / 2));
                tick.resizeRelocate(snapPositionX(left + x), snappedTopInset(), w, h);
            }
        }
    }
}
