package org.jalons.ui.kit;

import java.time.LocalDate;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * A date field in the app's order (day/month/year, {@link DateFormats}) in both languages, with the calendar a tap
 * away. The empty field shows a hint ("jj/mm/aaaa"), never a date that could be taken for a value. A typed date is
 * read on Enter or when the field is left; text that is no date keeps the date it had and says so in
 * {@link #refusalProperty()}, which a form shows under the field.
 */
public final class DateField extends DatePicker {
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper(this, "refusal", "");

    public DateField(Words messages) {
        this(messages, null);
    }

    public DateField(Words messages, LocalDate value) {
        super(value);
        getStyleClass().add("date-field");
        setPromptText(messages.get("kit.date.prompt"));
        setAccessibleHelp(messages.get("kit.date.help"));
        setMaxWidth(Double.MAX_VALUE);
        setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return DateFormats.shortDate(d);
            }

            @Override
            public LocalDate fromString(String typed) {
                if (typed == null || typed.isBlank()) {
                    refusal.set("");
                    return null;
                }
                LocalDate read = DateFormats.parse(typed).orElse(null);
                // A date that cannot be read keeps the one there was: nothing typed before is lost.
                refusal.set(read == null ? messages.get("kit.date.refused", typed.strip()) : "");
                return read == null ? getValue() : read;
            }
        });
        // A date chosen in the calendar replaces whatever could not be read.
        valueProperty().addListener((obs, was, now) -> refusal.set(""));
    }

    /** Why the last typed text was not taken as a date; empty when it was (or when nothing was typed). */
    public ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }
}
