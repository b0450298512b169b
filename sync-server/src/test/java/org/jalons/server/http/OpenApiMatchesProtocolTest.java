package org.jalons.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jalons.protocol.FieldShape;
import org.jalons.protocol.QuestionnaireDefinition;
import org.jalons.protocol.RecordSchema;
import org.jalons.protocol.Wire;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * openapi.yaml says what org.jalons.protocol says: the same record kinds, and for each kind the same fields, code
 * lists and limits ({@code <Kind>Fields}). A kind, a code or a limit changed in one place only fails here.
 */
class OpenApiMatchesProtocolTest {

    static Map<String, Object> schemas;
    static Map<String, Object> paths;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void read() throws IOException {
        try (InputStream in = OpenApiMatchesProtocolTest.class.getResourceAsStream("/openapi.yaml")) {
            Map<String, Object> document = new Yaml().load(in);
            schemas = (Map<String, Object>) ((Map<String, Object>) document.get("components")).get("schemas");
            paths = (Map<String, Object>) document.get("paths");
        }
    }

    @Test
    void theKindsAreTheProtocolsInItsOrder() {
        assertThat(map(schemas.get("Kind")).get("enum"))
                .isEqualTo(RecordSchema.ALL.stream().map(RecordSchema::wireName).toList());
        List<String> fieldSchemas = schemas.keySet().stream()
                .filter(name -> name.endsWith("Fields"))
                .toList();
        assertThat(fieldSchemas)
                .containsExactlyElementsOf(RecordSchema.ALL.stream()
                        .map(OpenApiMatchesProtocolTest::schemaName)
                        .toList());
    }

    @Test
    void everyKindHasTheProtocolsFieldsCodesAndLimits() {
        for (RecordSchema kind : RecordSchema.ALL) {
            Map<String, Object> schema = map(schemas.get(schemaName(kind)));
            String what = schemaName(kind);

            assertThat(schema.get("x-kind")).as(what).isEqualTo(kind.wireName());
            assertThat(schema.get("x-appendOnly")).as(what).isEqualTo(kind.appendOnly());
            assertThat(schema.get("additionalProperties")).as(what).isEqualTo(false);
            assertThat(list(schema.get("x-requiredOnCreate")))
                    .as(what + " x-requiredOnCreate")
                    .containsExactlyInAnyOrderElementsOf(kind.required());
            Map<String, Object> properties = map(schema.get("properties"));
            assertThat(properties.keySet())
                    .as(what)
                    .containsExactlyElementsOf(kind.fields().keySet());
            kind.fields()
                    .forEach((name, shape) -> assertThat(longs(properties.get(name)))
                            .as("%s.%s", what, name)
                            .isEqualTo(expected(shape)));
        }
    }

    @Test
    void aCustomCodeHasTheProtocolsLength() {
        Map<String, Object> custom = map(schemas.get("CustomCode"));

        assertThat(custom.get("maxLength")).isEqualTo(FieldShape.MAX_CUSTOM_CODE);
    }

    @Test
    void thePairingBodiesAreTheWireRecordsWithTheirRequiredProperties() {
        Map<String, Object> pair = map(schemas.get("PairRequest"));
        assertThat(map(pair.get("properties")).keySet()).isEqualTo(components(Wire.PairRequest.class));
        assertThat(list(pair.get("required"))).containsExactlyInAnyOrderElementsOf(required(Wire.PairRequest.class));
        assertThat(pair.get("additionalProperties")).isEqualTo(false);
        Map<String, Object> codes =
                map(map(map(map(map(map(paths.get("/api/v1/pairing-codes")).get("post"))
                                                .get("requestBody"))
                                        .get("content"))
                                .get("application/json"))
                        .get("schema"));
        assertThat(map(codes.get("properties")).keySet()).isEqualTo(components(Wire.PairingCodeRequest.class));
        assertThat(codes.get("required")).isNull();
        assertThat(required(Wire.PairingCodeRequest.class)).isEmpty();
        assertThat(codes.get("additionalProperties")).isEqualTo(false);
    }

    private static java.util.Set<String> components(Class<? extends Record> type) {
        return java.util.Arrays.stream(type.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName)
                .collect(java.util.stream.Collectors.toSet());
    }

    private static List<String> required(Class<? extends Record> type) {
        return java.util.Arrays.stream(type.getRecordComponents())
                .filter(c -> {
                    var property = c.getAccessor().getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
                    return property != null && property.required();
                })
                .map(java.lang.reflect.RecordComponent::getName)
                .toList();
    }

    /** The OpenAPI schema of a field of this shape, numbers as longs. */
    static Map<String, Object> expected(FieldShape shape) {
        Map<String, Object> out = new LinkedHashMap<>();
        switch (shape.type()) {
            case TEXT -> {
                out.put("type", "string");
                out.put("maxLength", shape.max());
            }
            case LONG_TEXT -> {
                out.put("type", "string");
                out.put("maxLength", shape.max());
                out.put("description", "several lines: tab and newline allowed");
            }
            case DATE -> {
                out.put("type", "string");
                out.put("format", "date");
            }
            case INSTANT -> {
                out.put("type", "string");
                out.put("format", "date-time");
            }
            case UUID -> {
                out.put("type", "string");
                out.put("format", "uuid");
            }
            case CODE -> out.putAll(openCode(shape));
            case CLOSED_CODE -> {
                out.put("type", "string");
                out.put("enum", shape.codes());
            }
            case CODE_LIST -> {
                out.put("type", "array");
                out.put("maxItems", shape.max());
                out.put("items", openCode(shape));
            }
            case INTEGER, NUMBER -> {
                out.put("type", shape.type() == FieldShape.Type.INTEGER ? "integer" : "number");
                out.put("minimum", shape.min());
                out.put("maximum", shape.max());
            }
            case BOOLEAN -> out.put("type", "boolean");
            case ANSWERS -> {
                out.put("type", "object");
                out.put("minProperties", shape.min());
                out.put("maxProperties", shape.max());
                out.put("propertyNames", Map.of("minLength", 1L, "maxLength", (long) FieldShape.MAX_ITEM_ID));
                out.put("additionalProperties", Map.of("type", "integer", "minimum", 1L, "maximum", (long)
                        QuestionnaireDefinition.MAX_POINTS));
            }
            case ANY_JSON -> {
                out.put("description", "any JSON value");
                out.put("x-maxJsonLength", shape.max());
            }
        }
        return out;
    }

    private static Map<String, Object> openCode(FieldShape shape) {
        return Map.of(
                "anyOf",
                List.of(
                        Map.of("type", "string", "enum", shape.codes()),
                        Map.of("$ref", "#/components/schemas/CustomCode")));
    }

    static String schemaName(RecordSchema kind) {
        return Character.toUpperCase(kind.wireName().charAt(0))
                + kind.wireName().substring(1) + "Fields";
    }

    /** A parsed YAML value with every whole number as a long, to compare with the protocol's limits. */
    static Object longs(Object value) {
        if (value instanceof Integer || value instanceof Long) {
            return ((Number) value).longValue();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put((String) k, longs(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(longs(v)));
            return out;
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    static List<String> list(Object value) {
        assertThat(value).isInstanceOf(List.class);
        return ((List<?>) value).stream().map(String::valueOf).toList();
    }
}
