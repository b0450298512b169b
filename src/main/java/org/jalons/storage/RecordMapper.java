package org.jalons.storage;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jalons.domain.JalonsRecord;
import org.jalons.domain.RecordKind;
import org.jalons.domain.Term;
import org.jalons.domain.TextRule;
import org.jalons.protocol.Code;

/**
 * Maps a domain record to its wire fields (the JSON the outbox and the server speak) and its table columns,
 * from the record's components: one description of each kind instead of three hand-written mappings
 * that drift apart. Native images need the domain records registered for reflection (see
 * META-INF/native-image; a test checks the list is complete).
 */
public final class RecordMapper<T extends JalonsRecord> {
    /** Fields every record has, carried beside the others rather than inside them. */
    static final String ID = "id";

    static final String BENEFICIARY_ID = "beneficiaryId";

    public record Field(String name, String column, FieldType type, Class<?> enumType, Method accessor) {}

    private final RecordKind kind;
    private final Class<T> type;
    private final List<Field> fields = new ArrayList<>();
    private final Map<String, Field> byName = new LinkedHashMap<>();
    private final Constructor<T> constructor;

    @SuppressWarnings("unchecked")
    public RecordMapper(RecordKind kind) {
        this.kind = kind;
        this.type = (Class<T>) kind.type();
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            types[i] = c.getType();
            FieldType ft = FieldType.of(c);
            Class<?> enumType = ft == FieldType.CODE || ft == FieldType.TERM || ft == FieldType.TERM_LIST
                    ? FieldType.enumOf(c)
                    : null;
            Field f = new Field(c.getName(), columnName(c.getName()), ft, enumType, c.getAccessor());
            byName.put(f.name(), f);
            if (!f.name().equals(ID) && !f.name().equals(BENEFICIARY_ID)) {
                fields.add(f);
            }
        }
        try {
            constructor = type.getDeclaredConstructor(types);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    public RecordKind kind() {
        return kind;
    }

    /** The fields that sync, without id and beneficiaryId. */
    public List<Field> fields() {
        return fields;
    }

    public Field field(String name) {
        Field f = byName.get(name);
        if (f == null || f.name().equals(ID)) {
            throw new IllegalArgumentException("Unknown field '" + name + "' for " + kind.wireName());
        }
        return f;
    }

    public boolean hasField(String name) {
        return byName.containsKey(name) && !name.equals(ID) && !name.equals(BENEFICIARY_ID);
    }

    static String columnName(String field) {
        return field.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
    }

    public Map<String, Object> toWire(T record) {
        Map<String, Object> wire = new LinkedHashMap<>();
        for (Field f : fields) {
            try {
                wire.put(f.name(), toWireValue(f, f.accessor().invoke(record)));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(e);
            }
        }
        return wire;
    }

    public T fromWire(UUID id, UUID beneficiaryId, Map<String, Object> wire) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            String name = components[i].getName();
            if (name.equals(ID)) {
                args[i] = id;
            } else if (name.equals(BENEFICIARY_ID)) {
                args[i] = beneficiaryId;
            } else {
                args[i] = fromWireValue(byName.get(name), wire.get(name), components[i].getType());
            }
        }
        try {
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The wire form of a Java value: strings, numbers, booleans, lists and maps only. */
    static Object toWireValue(Field f, Object value) {
        if (value == null) {
            return null;
        }
        return switch (f.type()) {
            case UUID_, DATE, INSTANT -> value.toString();
            case RAW_JSON -> Json.read((String) value);
            case CODE -> ((Code) value).code();
            // texts are kept and sent NFC, as the server stores them (TextRule)
            case STRING -> TextRule.normalise((String) value);
            case TERM -> TextRule.normalise(((Term<?>) value).wire());
            case TERM_LIST ->
                ((List<?>) value)
                        .stream()
                                .map(t -> TextRule.normalise(((Term<?>) t).wire()))
                                .toList();
            case INT_MAP -> new TreeMap<>((Map<?, ?>) value);
            default -> value;
        };
    }

    /**
     * Checks a wire value's type and brings it to the one form {@link #toWireValue} gives, so that values
     * compare equal whatever JSON parser produced them.
     */
    public Object normalize(String fieldName, Object value) {
        Field f = field(fieldName);
        return value == null ? null : toWireValue(f, fromWireValue(f, value, null));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object fromWireValue(Field f, Object wire, Class<?> javaType) {
        if (wire == null) {
            if (javaType != null && javaType.isPrimitive()) {
                // No default: a rating of 0 or a consent "not granted" would be a real answer nobody gave.
                throw new IllegalArgumentException("Field '" + f.name() + "' is required for " + kind.wireName());
            }
            return f.type() == FieldType.TERM_LIST ? List.of() : f.type() == FieldType.INT_MAP ? Map.of() : null;
        }
        try {
            return switch (f.type()) {
                case UUID_ -> UUID.fromString(string(wire));
                case STRING -> string(wire);
                case RAW_JSON -> Json.write(wire);
                case DATE -> LocalDate.parse(string(wire));
                case INSTANT -> Instant.parse(string(wire));
                case INT -> Math.toIntExact(integral(wire));
                case LONG -> integral(wire);
                case DOUBLE -> number(wire).doubleValue();
                case BOOLEAN -> (Boolean) wire;
                case CODE -> Enum.valueOf((Class) f.enumType(), string(wire));
                case TERM -> Term.parse((Class) f.enumType(), string(wire));
                case TERM_LIST ->
                    ((Collection<?>) wire)
                            .stream()
                                    .map(v -> Term.parse((Class) f.enumType(), string(v)))
                                    .toList();
                case INT_MAP -> intMap((Map<?, ?>) wire);
            };
        } catch (ClassCastException | IllegalArgumentException | ArithmeticException | java.time.DateTimeException e) {
            throw new IllegalArgumentException(
                    "Field '" + f.name() + "' has a value of the wrong kind: " + abbreviate(wire), e);
        }
    }

    private static Map<String, Integer> intMap(Map<?, ?> wire) {
        Map<String, Integer> out = new TreeMap<>();
        wire.forEach((k, v) -> out.put(string(k), Math.toIntExact(integral(v))));
        return out;
    }

    private static String string(Object o) {
        if (!(o instanceof String s)) {
            throw new ClassCastException("not a string");
        }
        return s;
    }

    private static Number number(Object o) {
        if (!(o instanceof Number n)) {
            throw new ClassCastException("not a number");
        }
        return n;
    }

    /** A whole number that fits a long; narrowing it further must use Math.toIntExact, never a silent wrap. */
    private static long integral(Object o) {
        Number n = number(o);
        if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte) {
            return n.longValue();
        }
        try {
            return new java.math.BigDecimal(n.toString()).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw new ClassCastException("not a whole number");
        }
    }

    private static String abbreviate(Object o) {
        String s = String.valueOf(o);
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    /** The JDBC parameter for a wire value. */
    static Object toJdbc(Field f, Object wire) {
        if (wire == null) {
            return null;
        }
        return switch (f.type()) {
            case UUID_ -> UUID.fromString((String) wire);
            case DATE -> LocalDate.parse((String) wire);
            case INSTANT -> Instant.parse((String) wire).atOffset(ZoneOffset.UTC);
            case RAW_JSON, TERM_LIST, INT_MAP -> Json.write(wire);
            default -> wire;
        };
    }

    /** The wire value stored in a column. */
    static Object fromJdbc(Field f, ResultSet rs) throws SQLException {
        String col = f.column();
        Object value = switch (f.type()) {
            case UUID_ -> rs.getObject(col, UUID.class);
            case DATE -> rs.getObject(col, LocalDate.class);
            case INSTANT -> {
                OffsetDateTime t = rs.getObject(col, OffsetDateTime.class);
                yield t == null ? null : t.toInstant();
            }
            case INT -> rs.getObject(col, Integer.class);
            case LONG -> rs.getObject(col, Long.class);
            case DOUBLE -> rs.getObject(col, Double.class);
            case BOOLEAN -> rs.getObject(col, Boolean.class);
            case RAW_JSON, TERM_LIST, INT_MAP -> Json.read(rs.getString(col));
            default -> rs.getString(col);
        };
        if (value == null) {
            return null;
        }
        return switch (f.type()) {
            case UUID_, DATE, INSTANT -> value.toString();
            case INT_MAP -> new TreeMap<>((Map<?, ?>) value);
            default -> value;
        };
    }
}
