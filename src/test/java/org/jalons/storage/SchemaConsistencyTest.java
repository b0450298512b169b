package org.jalons.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jalons.domain.RecordKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The domain records and the migrations describe the same columns: they cannot drift apart unnoticed. */
class SchemaConsistencyTest {
    static final Set<String> BOOKKEEPING = Set.of("ID", "BENEFICIARY_ID", "VERSION", "DELETED", "UPDATED_AT");
    /** Bookkeeping of one kind only: the seq the server gave a consent (the order consents take effect in). */
    static final Map<String, Set<String>> KIND_BOOKKEEPING = Map.of("CONSENT", Set.of("SERVER_SEQ"));

    @TempDir
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

    /** Column name → data type of a table, from INFORMATION_SCHEMA. */
    static Map<String, String> columns(String table) {
        Map<String, String> out = new LinkedHashMap<>();
        MigratedColumns.of(store, table).forEach((name, column) -> out.put(name, column.type()));
        return out;
    }

    @ParameterizedTest
    @EnumSource(RecordKind.class)
    void everyFieldOfEveryKindHasAColumnOfAMatchingTypeAndNoColumnIsLeftOver(RecordKind kind) {
        RecordTable<?> table = RecordTable.of(kind);
        Map<String, String> columns = columns(table.name());

        assertThat(columns).as("table %s", table.name()).containsKeys(BOOKKEEPING.toArray(String[]::new));
        for (RecordMapper.Field f : table.mapper().fields()) {
            assertThat(columns).as("%s.%s", kind.wireName(), f.name()).containsKey(f.column());
            assertThat(columns.get(f.column()))
                    .as("type of %s.%s", table.name(), f.column())
                    .isIn(expectedTypes(f.type()));
        }
        List<String> fieldColumns =
                table.mapper().fields().stream().map(RecordMapper.Field::column).toList();
        assertThat(columns.keySet())
                .as("columns of %s that no field uses", table.name())
                .allMatch(column -> BOOKKEEPING.contains(column)
                        || fieldColumns.contains(column)
                        || KIND_BOOKKEEPING.getOrDefault(table.name(), Set.of()).contains(column));
    }

    static List<String> expectedTypes(FieldType type) {
        return switch (type) {
            case UUID_ -> List.of("UUID");
            case DATE -> List.of("DATE");
            case INSTANT -> List.of("TIMESTAMP WITH TIME ZONE(9)");
            case INT -> List.of("INTEGER");
            case LONG -> List.of("BIGINT");
            case DOUBLE -> List.of("DOUBLE PRECISION");
            case BOOLEAN -> List.of("BOOLEAN");
            default -> List.of("CHARACTER VARYING");
        };
    }

    @Test
    void everyTableOfTheStoreIsARecordKindOrAKnownTechnicalTable() {
        List<String> tables = store.database().read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                            "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'");
                    ResultSet rs = ps.executeQuery()) {
                List<String> out = new java.util.ArrayList<>();
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
                return out;
            }
        });
        List<String> kinds = Stream.of(RecordKind.values())
                .map(k -> RecordTable.of(k).name())
                .toList();
        assertThat(tables)
                .allMatch(t -> kinds.contains(t)
                        || List.of(
                                        "OUTBOX",
                                        "SYNC_STATE",
                                        "LOCAL_PROFILE",
                                        "DRAFT",
                                        "SUMMARY_CACHE",
                                        "SYNC_SHADOW",
                                        "SYNC_SCOPE",
                                        "CASELOAD_RATING",
                                        "GOAL_SELF_TREND",
                                        "CASELOAD_LAST_INTERVIEW",
                                        "OUTBOX_PENDING",
                                        "EVIDENCE_PHOTO",
                                        "IMPORTED_HISTORY",
                                        "OWN_COUNSELLOR_PROFILE",
                                        "MY_COUNSELLOR",
                                        "TEAM_COUNSELLOR",
                                        "ORG_TERM",
                                        "ORG_TERM_LABEL",
                                        "QUESTIONNAIRE_VERSION",
                                        "SENT_CHANGE",
                                        "flyway_schema_history")
                                .contains(t));
        assertThat(tables).containsAll(kinds);
    }

    /** Two indexes on the same columns cost every write twice and speed up nothing (V12 dropped one). */
    @Test
    void noTableHasTwoIndexesOnTheSameColumns() {
        Map<String, List<String>> indexes = store.database().read(c -> {
            Map<String, List<String>> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT TABLE_NAME, INDEX_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.INDEX_COLUMNS
                    WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY TABLE_NAME, INDEX_NAME, ORDINAL_POSITION""");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1) + "." + rs.getString(2), k -> new java.util.ArrayList<>())
                            .add(rs.getString(3));
                }
            }
            return out;
        });
        Map<String, String> seen = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> index : indexes.entrySet()) {
            String table = index.getKey().substring(0, index.getKey().indexOf('.'));
            String other = seen.putIfAbsent(table + index.getValue(), index.getKey());
            assertThat(other).as("%s repeats %s", index.getKey(), other).isNull();
        }
        // Nor one whose columns begin another plain index's (V13 dropped GOAL_BENEFICIARY). Primary keys and unique
        // indexes are left out: they also say what must never repeat.
        List<String> beginsAnother = new java.util.ArrayList<>();
        for (Map.Entry<String, List<String>> index : indexes.entrySet()) {
            for (Map.Entry<String, List<String>> other : indexes.entrySet()) {
                String table = index.getKey().substring(0, index.getKey().indexOf('.') + 1);
                List<String> longer = other.getValue();
                if (index != other
                        && other.getKey().startsWith(table)
                        && !index.getKey().contains("PRIMARY_KEY")
                        && !index.getKey().contains("CONSTRAINT")
                        && longer.size() > index.getValue().size()
                        && longer.subList(0, index.getValue().size()).equals(index.getValue())) {
                    beginsAnother.add(index.getKey() + index.getValue() + " begins " + other.getKey() + longer);
                }
            }
        }
        assertThat(beginsAnother).isEmpty();
        assertThat(indexes).containsKey("OUTBOX.OUTBOX_BENEFICIARY");
    }

    @Test
    void everyMigrationFileIsListedForFlywayAndNothingElse() throws IOException, URISyntaxException {
        Path folder = Path.of(SchemaConsistencyTest.class
                .getClassLoader()
                .getResource(Migrations.FOLDER)
                .toURI());
        try (Stream<Path> files = Files.list(folder)) {
            // In version order, as Flyway applies them (V11 after V9, not after V1 as text would sort it).
            assertThat(files.map(p -> p.getFileName().toString())
                            .sorted(java.util.Comparator.comparingInt(
                                    (String f) -> Integer.parseInt(f.substring(1, f.indexOf("__"))))))
                    .as("files in %s; list new ones in Migrations.FILES", Migrations.FOLDER)
                    .containsExactlyElementsOf(Migrations.FILES);
        }
    }
}
