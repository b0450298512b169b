package org.jalons.ui.kit;

import java.time.LocalTime;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;

/**
 * An hour of the day, 24 h, chosen rather than typed: hours 00 to 23, then minutes by five (an hour held before in
 * another minute keeps it). "—" is no time. Nothing typed, so nothing to refuse, and no placeholder that looks
 * like a value.
 */
public final class TimeField extends HBox {
    static final int NONE = -1;
    private final ObjectProperty<LocalTime> value = new SimpleObjectProperty<>(this, "value");
    private final ComboBox<Integer> hour = new ComboBox<>();
    private final ComboBox<Integer> minute = new ComboBox<>();
    private boolean updating;

    public TimeField(Words messages, LocalTime initial) {
        super(8);
        getStyleClass().add("time-field");
        setAlignment(Pos.CENTER_LEFT);
        hour.getItems().add(NONE);
        for (int h = 0; h < 24; h++) {
            hour.getItems().add(h);
        }
        for (int m = 0; m < 60; m += 5) {
            minute.getItems().add(m);
        }
        StringConverter<Integer> twoDigits = new StringConverter<>() {
            @Override
            public String toString(Integer n) {
                return n == null || n == NONE ? "—" : String.format(Locale.ROOT, "%02d", n);
            }

            @Override
            public Integer fromString(String s) {
                return s == null || s.isBlank() || "—".equals(s) ? NONE : Integer.valueOf(s.strip());
            }
        };
        hour.setConverter(twoDigits);
        minute.setConverter(twoDigits);
        hour.setAccessibleText(messages.get("kit.time.hour"));
        minute.setAccessibleText(messages.get("kit.time.minute"));
        hour.setPromptText("—");
        minute.setPromptText("—");
        Label colon = new Label(":");
        colon.getStyleClass().add("time-colon");
        HBox.setHgrow(hour, Priority.ALWAYS);
        HBox.setHgrow(minute, Priority.ALWAYS);
        hour.setMaxWidth(Double.MAX_VALUE);
        minute.setMaxWidth(Double.MAX_VALUE);
        getChildren().addAll(hour, colon, minute);
        hour.valueProperty().addListener((obs, was, now) -> fromChoices());
        minute.valueProperty().addListener((obs, was, now) -> fromChoices());
        value.addListener((obs, was, now) -> toChoices(now));
        value.set(initial);
        toChoices(initial);
        // "visit-next-time" names its two choices "visit-next-time-hour" and "visit-next-time-minute".
        idProperty().addListener((obs, was, now) -> {
            hour.setId(now + "-hour");
            minute.setId(now + "-minute");
        });
    }

    private void fromChoices() {
        if (updating) {
            return;
        }
        Integer h = hour.getValue();
        if (h == null || h == NONE) {
            value.set(null);
        } else {
            Integer m = minute.getValue();
            value.set(LocalTime.of(h, m == null ? 0 : m));
        }
    }

    private void toChoices(LocalTime t) {
        updating = true;
        try {
            if (t == null) {
                hour.setValue(NONE);
                minute.setValue(null);
                minute.setDisable(true);
            } else {
                if (!minute.getItems().contains(t.getMinute())) {
                    minute.getItems().add(t.getMinute());
                    minute.getItems().sort(Integer::compare);
                }
                hour.setValue(t.getHour());
                minute.setValue(t.getMinute());
                minute.setDisable(false);
            }
        } finally {
            updating = false;
        }
    }

    /** The hour chosen; {@code null} for none. */
    public ObjectProperty<LocalTime> valueProperty() {
        return value;
    }

    public LocalTime getValue() {
        return value.get();
    }

    ComboBox<Integer> hourChoice() {
        return hour;
    }

    ComboBox<Integer> minuteChoice() {
        return minute;
    }
}
