package org.jalons.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jalons.domain.JalonsRecord;
import org.jalons.domain.RecordKind;
import org.jalons.domain.ValidationException;
import org.jalons.domain.Violation;
import org.jalons.storage.Json;
import org.jalons.storage.RecordMapper;
import org.jalons.storage.RecordTable;

/**
 * The app's checks of a record (the forms' and the importer's: each record's {@code violations()}, written with
 * {@code domain/Checks}) on any values. An input is a kind's wire name, a new line, then the record's fields as
 * JSON. A value of the wrong kind is refused as such ({@link IllegalArgumentException}, no other exception); a
 * record's checks never throw; {@code validate()} refuses exactly the records with violations, with a
 * {@link ValidationException}; a valid record survives the trip through its wire fields unchanged.
 */
class RecordChecksFuzzTest {

    private static final UUID PERSON = UUID.fromString("0190f3a2-7c1e-7d3a-9b8e-2f1a3c4d5e6f");
    private static final UUID ID = UUID.fromString("0190f3a2-7c1e-7d3a-9b8e-000000000001");

    @FuzzTest(maxDuration = "10m")
    void recordFields(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        int newline = text.indexOf('\n');
        Optional<RecordKind> kind = RecordKind.fromWire(newline < 0 ? text : text.substring(0, newline));
        if (kind.isEmpty() || newline < 0) {
            return;
        }
        JsonNode fields;
        try {
            fields = Json.MAPPER.readTree(text.substring(newline + 1));
        } catch (JsonProcessingException notJson) {
            return;
        }
        if (fields == null || !fields.isObject()) {
            return;
        }
        RecordMapper<?> mapper = RecordTable.of(kind.get()).mapper();
        Map<String, Object> wire = new LinkedHashMap<>();
        for (Iterator<String> names = fields.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!mapper.hasField(name)) {
                continue;
            }
            try {
                wire.put(name, mapper.normalize(name, Json.MAPPER.treeToValue(fields.get(name), Object.class)));
            } catch (IllegalArgumentException | JsonProcessingException wrongKind) {
                return;
            }
        }
        checked(mapper, wire);
    }

    private static <T extends JalonsRecord> void checked(RecordMapper<T> mapper, Map<String, Object> wire) {
        T record;
        try {
            record = mapper.fromWire(ID, PERSON, wire);
        } catch (IllegalArgumentException wrongKind) {
            return;
        }
        List<Violation> violations = record.violations();
        if (violations.isEmpty()) {
            record.validate();
            assertThat(mapper.fromWire(ID, PERSON, mapper.toWire(record))).isEqualTo(record);
        } else {
            assertThatThrownBy(record::validate).isInstanceOf(ValidationException.class);
        }
    }
}
