package org.jalons;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jalons.domain.RecordKind;
import org.jalons.domain.Term;
import org.jalons.domain.questionnaire.Questionnaire;
import org.jalons.protocol.Wire;
import org.junit.jupiter.api.Test;

/**
 * The store maps records by reflection and Flyway, Jackson and the bundles read resources: in a native image
 * only what META-INF/native-image lists exists. Adding a record kind, an enum or a resource without listing
 * it fails here instead of on a phone.
 */
class NativeImageConfigTest {
    static final String CONFIG = "META-INF/native-image/org.jalons/jalons-app/";
    static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode read(String file) throws IOException {
        try (InputStream in = NativeImageConfigTest.class.getClassLoader().getResourceAsStream(CONFIG + file)) {
            assertThat(in).as(CONFIG + file).isNotNull();
            return JSON.readTree(in);
        }
    }

    static Map<String, JsonNode> reflectEntries() throws IOException {
        Map<String, JsonNode> byName = new HashMap<>();
        read("reflect-config.json").forEach(e -> byName.put(e.get("name").asText(), e));
        return byName;
    }

    @Test
    void everyRecordKindIsRegisteredWithItsConstructorsAndAccessors() throws IOException {
        Map<String, JsonNode> entries = reflectEntries();
        for (RecordKind kind : RecordKind.values()) {
            JsonNode e = entries.get(kind.type().getName());
            assertThat(e)
                    .as("%s (%s) in reflect-config.json", kind.type().getName(), kind.wireName())
                    .isNotNull();
            assertThat(e.path("allDeclaredConstructors").asBoolean())
                    .as(kind + " constructors")
                    .isTrue();
            assertThat(e.path("allDeclaredMethods").asBoolean())
                    .as(kind + " accessors")
                    .isTrue();
        }
    }

    @Test
    void everyEnumAndTermUsedByARecordAndTheJacksonTypesAreRegistered() throws IOException {
        Set<String> needed = new TreeSet<>(List.of(
                Term.class.getName(),
                Questionnaire.class.getName(),
                Questionnaire.Item.class.getName(),
                "org.jalons.storage.KeyFile",
                "org.jalons.storage.KeyDerivation$Kdf",
                "org.jalons.sync.DeviceRevocation$Pending",
                "org.jalons.sync.DeviceRevocation$PendingFile"));
        for (RecordKind kind : RecordKind.values()) {
            for (RecordComponent c : kind.type().getRecordComponents()) {
                collectEnums(c.getGenericType(), needed);
            }
        }
        assertThat(reflectEntries().keySet()).containsAll(needed);
    }

    /** Jackson writes and reads the protocol's wire records (org.jalons.protocol.Wire) with their constructors. */
    @Test
    void everyWireRecordIsRegisteredWithItsConstructorsAndAccessors() throws IOException {
        Map<String, JsonNode> entries = reflectEntries();
        for (Class<?> type : Wire.class.getDeclaredClasses()) {
            if (!type.isRecord()) {
                continue;
            }
            JsonNode e = entries.get(type.getName());
            assertThat(e).as("%s in reflect-config.json", type.getName()).isNotNull();
            assertThat(e.path("allDeclaredConstructors").asBoolean())
                    .as(type + " constructors")
                    .isTrue();
            assertThat(e.path("allDeclaredMethods").asBoolean())
                    .as(type + " accessors")
                    .isTrue();
        }
    }

    @Test
    void everyRegisteredClassExists() throws IOException {
        for (String name : reflectEntries().keySet()) {
            assertThat(exists(name)).as(name).isTrue();
        }
    }

    private static boolean exists(String name) {
        try {
            Class.forName(name, false, NativeImageConfigTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static void collectEnums(Type type, Set<String> out) {
        if (type instanceof Class<?> c && c.isEnum()) {
            out.add(c.getName());
        } else if (type instanceof ParameterizedType p) {
            for (Type argument : p.getActualTypeArguments()) {
                collectEnums(argument, out);
            }
        }
    }

    @Test
    void migrationsQuestionnairesAndBundlesAreIncludedAsResources() throws Exception {
        List<Pattern> includes =
                read("resource-config.json").path("resources").path("includes").findValuesAsText("pattern").stream()
                        .map(Pattern::compile)
                        .toList();
        List<String> resources = Stream.of("db/migration", "org/jalons/questionnaires", "org/jalons/domain")
                .flatMap(NativeImageConfigTest::filesIn)
                .filter(r -> r.endsWith(".sql") || r.endsWith(".json") || r.endsWith(".properties"))
                .toList();
        assertThat(resources)
                .anyMatch(r -> r.endsWith("V1__records_and_outbox.sql"))
                .anyMatch(r -> r.endsWith("pouvoir-agir-v1.json"))
                .anyMatch(r -> r.endsWith("rules_en.properties"));
        for (String resource : resources) {
            assertThat(includes)
                    .as("a resource-config.json pattern for %s", resource)
                    .anyMatch(p -> p.matcher(resource).matches());
        }
    }

    /** Files directly in a resource folder, across every classpath root that has it (main and test classes). */
    private static Stream<String> filesIn(String folder) {
        try {
            List<String> out = new java.util.ArrayList<>();
            for (java.net.URL url : java.util.Collections.list(
                    NativeImageConfigTest.class.getClassLoader().getResources(folder))) {
                Path dir = Path.of(url.toURI());
                try (Stream<Path> files = Files.list(dir)) {
                    files.filter(Files::isRegularFile).forEach(f -> out.add(folder + "/" + f.getFileName()));
                }
            }
            return out.stream();
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
