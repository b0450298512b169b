package org.jalons.domain;

import java.util.Objects;
import org.jalons.protocol.Code;

/**
 * A value from a vocabulary or, because closed lists are the first complaint of people in the field,
 * a free-text entry of the organisation's or the person's own. Written as the code, or {@code custom:<text>}.
 */
public record Term<E extends Enum<E> & Code>(E known, String custom) {
    public static final String CUSTOM_PREFIX = "custom:";
    public static final int MAX_CUSTOM_LENGTH = 120;

    public Term {
        if ((known == null) == (custom == null || custom.isBlank())) {
            throw new IllegalArgumentException("A term is either a known code or a non-empty free text");
        }
        custom = custom == null ? null : custom.strip();
    }

    public static <E extends Enum<E> & Code> Term<E> of(E known) {
        return new Term<>(Objects.requireNonNull(known), null);
    }

    public static <E extends Enum<E> & Code> Term<E> custom(String text) {
        return new Term<>(null, text);
    }

    /** Reads a wire value; an unknown bare code is refused so that typos do not become new categories silently. */
    public static <E extends Enum<E> & Code> Term<E> parse(Class<E> type, String wire) {
        if (wire == null || wire.isBlank()) {
            throw new IllegalArgumentException("empty value for " + type.getSimpleName());
        }
        if (wire.startsWith(CUSTOM_PREFIX)) {
            return custom(wire.substring(CUSTOM_PREFIX.length()));
        }
        return of(Enum.valueOf(type, wire));
    }

    public boolean isCustom() {
        return known == null;
    }

    public String wire() {
        return known != null ? known.code() : CUSTOM_PREFIX + custom;
    }

    @Override
    public String toString() {
        return wire();
    }
}
