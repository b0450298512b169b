package org.jalons.server.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jalons.server.ServerConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * The deployment examples an operator copies (systemd unit, its settings file, the compose file) stay true: they
 * name only settings the server reads, with values it accepts, the jar the build makes, and a server that listens on
 * the machine only unless a proxy is in front.
 */
class DeploymentFilesTest {

    private static final Path DEPLOY = Path.of("deploy");
    private static final Pattern SETTING = Pattern.compile("JALONS_[A-Z_]+");

    @Test
    void everySettingNamedInTheExamplesIsOneTheServerReads() throws Exception {
        for (String file : List.of("jalons.service", "jalons.env.example", "compose.yaml", "compose.env.example")) {
            Matcher names = SETTING.matcher(Files.readString(DEPLOY.resolve(file)));
            while (names.find()) {
                String name = names.group();
                if (name.equals("JALONS_DB_PASSWORD")) {
                    continue; // the compose file's own variable, passed on as JALONS_JDBC_PASSWORD
                }
                assertThat(ServerConfig.SETTINGS).as(file + " names " + name).contains(name);
            }
        }
    }

    @Test
    void theSettingsFileIsAcceptedAsItStands(@TempDir Path dir) throws Exception {
        Map<String, String> values = new HashMap<>();
        for (String line : Files.readAllLines(DEPLOY.resolve("jalons.env.example"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] pair = line.split("=", 2);
                values.put(pair[0], pair[1]);
            }
        }
        Path key = Files.writeString(dir.resolve("db-key"), "une-clé-de-test-assez-longue\n");
        values.put("JALONS_DB_KEY_FILE", key.toString());

        ServerConfig config = ServerConfig.fromEnvironment(values);

        assertThat(config.bind()).isEqualTo("127.0.0.1");
        assertThat(config.dataDir()).isEqualTo(Path.of("/var/lib/jalons"));
        assertThat(config.backupDir()).isEqualTo(Path.of("/var/backups/jalons"));
        assertThat(config.dbKey()).isEqualTo("une-clé-de-test-assez-longue");
        assertThat(Files.readString(DEPLOY.resolve("jalons.service")))
                .contains("EnvironmentFile=/etc/jalons/jalons.env")
                .contains("ReadWritePaths=" + config.dataDir() + " " + config.backupDir())
                .contains("UMask=0077")
                .contains("-jar /opt/jalons/jalons-sync-server-all.jar serve");
    }

    @Test
    void aMistypedSettingStopsTheServerInsteadOfBeingIgnored() {
        assertThatThrownBy(() -> ServerConfig.fromEnvironment(Map.of("JALONS_BACKUP_DIRS", "/var/backups/jalons")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown setting JALONS_BACKUP_DIRS");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theComposeFileRunsTheBuiltJarOnPostgresqlAndPublishesOnTheMachineOnly() throws Exception {
        Map<String, Object> compose = new Yaml().load(Files.readString(DEPLOY.resolve("compose.yaml")));
        Map<String, Object> services = (Map<String, Object>) compose.get("services");
        Map<String, Object> server = (Map<String, Object>) services.get("server");
        Map<String, Object> environment = (Map<String, Object>) server.get("environment");

        assertThat(services).containsKeys("db", "server");
        assertThat((String) environment.get("JALONS_JDBC_URL")).startsWith("jdbc:postgresql://db:5432/");
        assertThat((List<String>) server.get("ports")).allMatch(p -> p.startsWith("127.0.0.1:"));
        assertThat((List<String>) server.get("volumes"))
                .anyMatch(v -> v.startsWith("../target/jalons-sync-server-0.1.0-SNAPSHOT-all.jar:"));
        assertThat((List<String>) server.get("command")).containsSubsequence("-jar", "serve");
        String pom = Files.readString(Path.of("pom.xml"));
        assertThat(pom).contains("<version>0.1.0-SNAPSHOT</version>").contains("<shadedClassifierName>all<");
    }
}
