package org.jalons.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.jalons.domain.RecordKind;
import org.jalons.protocol.FieldShape;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The app's migrations repeat the protocol's field limits as column sizes (org.jalons.protocol.RecordSchema): a text
 * column is as long as the protocol allows, and a code column holds the longest code the protocol lets through.
 */
class ProtocolColumnsTest {

    @org.junit.jupiter.api.io.TempDir
    static Path dir;

    static LocalStore store;

    @BeforeAll
    static void open() {
        store = TestStores.counsellorStore(dir);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @ParameterizedTest
    @EnumSource(RecordKind.class)
    void everyTextAndCodeColumnHoldsWhatTheProtocolAllows(RecordKind kind) {
        RecordTable<?> table = RecordTable.of(kind);
        Map<String, Long> lengths = textLengths(table.name());
        kind.schema().fields().forEach((name, shape) -> {
            if (!table.mapper().hasField(name)) {
                return; // a field the server writes (a conflict's resolved value travels in another column)
            }
            Long length = lengths.get(table.mapper().field(name).column());
            String what = kind.wireName() + "." + name;
            switch (shape.type()) {
                case TEXT, LONG_TEXT -> assertThat(length).as(what).isEqualTo(shape.max());
                case CLOSED_CODE ->
                    assertThat(length)
                            .as(what)
                            .isGreaterThanOrEqualTo(shape.codes().stream()
                                    .mapToLong(String::length)
                                    .max()
                                    .orElseThrow());
                case CODE -> assertThat(length).as(what).isGreaterThanOrEqualTo(FieldShape.MAX_CUSTOM_CODE);
                case CODE_LIST ->
                    assertThat(length)
                            .as(what)
                            .isGreaterThanOrEqualTo((FieldShape.MAX_CUSTOM_CODE + 3L) * shape.max() + 2);
                default -> {}
            }
        });
    }

    /** Column name → maximum length of the text columns of a table. */
    static Map<String, Long> textLengths(String table) {
        Map<String, Long> out = new HashMap<>();
        MigratedColumns.of(store, table).values().stream()
                .filter(MigratedColumns.Column::text)
                .forEach(c -> out.put(c.name(), c.maxLength()));
        return out;
    }
}
