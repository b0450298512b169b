package org.jalons.ui;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Converters for choice boxes that only show values (nothing is ever typed in and parsed back). */
public final class Labels {
    private Labels() {}

    /** Shows each value with {@code text}, and nothing for no value. */
    public static <T> StringConverter<T> shownAs(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String typed) {
                return null;
            }
        };
    }
}
