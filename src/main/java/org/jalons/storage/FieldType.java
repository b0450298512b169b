package org.jalons.storage;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jalons.domain.RawJson;
import org.jalons.domain.Term;

/** How one record field is written on the wire (JSON) and in the store (a column). */
enum FieldType {
    UUID_,
    STRING,
    RAW_JSON,
    DATE,
    INSTANT,
    INT,
    LONG,
    DOUBLE,
    BOOLEAN,
    CODE,
    TERM,
    TERM_LIST,
    INT_MAP;

    static FieldType of(RecordComponent c) {
        Class<?> t = c.getType();
        if (t == UUID.class) {
            return UUID_;
        } else if (t == String.class) {
            return c.isAnnotationPresent(RawJson.class) ? RAW_JSON : STRING;
        } else if (t == LocalDate.class) {
            return DATE;
        } else if (t == Instant.class) {
            return INSTANT;
        } else if (t == int.class || t == Integer.class) {
            return INT;
        } else if (t == long.class || t == Long.class) {
            return LONG;
        } else if (t == double.class || t == Double.class) {
            return DOUBLE;
        } else if (t == boolean.class || t == Boolean.class) {
            return BOOLEAN;
        } else if (t.isEnum()) {
            return CODE;
        } else if (t == Term.class) {
            return TERM;
        } else if (t == List.class
                && argument(c.getGenericType(), 0) instanceof ParameterizedType p
                && p.getRawType() == Term.class) {
            return TERM_LIST;
        } else if (t == Map.class) {
            return INT_MAP;
        }
        throw new IllegalStateException("No storage mapping for " + c);
    }

    /** The enum class behind an enum, a Term or a list of Terms. */
    @SuppressWarnings("rawtypes")
    static Class<? extends Enum> enumOf(RecordComponent c) {
        Type type = c.getGenericType();
        if (c.getType().isEnum()) {
            return c.getType().asSubclass(Enum.class);
        }
        if (c.getType() == List.class) {
            type = argument(type, 0);
        }
        return ((Class<?>) argument(type, 0)).asSubclass(Enum.class);
    }

    private static Type argument(Type type, int index) {
        return type instanceof ParameterizedType p ? p.getActualTypeArguments()[index] : null;
    }
}
