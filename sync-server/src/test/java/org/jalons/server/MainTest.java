package org.jalons.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jalons.server.support.Api;
import org.jalons.server.support.Changes;
import org.jalons.server.support.Org;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @TempDir
    Path dataDir;

    @Test
    void bootstrapPrintsAPairingCodeThatPairsTheFirstAdmin() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = Main.run(
                List.of("bootstrap", "--org", "ACI Les Jardins", "--admin", "Nadia Admin"),
                ServerConfig.h2(dataDir),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                System.err);

        assertThat(status).isZero();
        Matcher code = Pattern.compile("Pairing code: ([A-Z2-9]{8})").matcher(out.toString(StandardCharsets.UTF_8));
        assertThat(code.find()).as(out.toString()).isTrue();
        assertThat(Files.exists(dataDir.resolve("jalons.mv.db"))).isTrue();

        try (JalonsServer server = JalonsServer.start(ServerConfig.h2(dataDir))) {
            JsonNode paired = Org.pair(new Api(server.baseUrl()), code.group(1), "Poste de Nadia");
            assertThat(paired.at("/user/role").asText()).isEqualTo("ADMIN");
            assertThat(paired.at("/user/displayName").asText()).isEqualTo("Nadia Admin");
        }
    }

    @Test
    void bootstrapWithTheAddressPhonesReachPrintsALinkAndAQrCodeThatPairTheFirstAdmin() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = Main.run(
                List.of(
                        "bootstrap",
                        "--org",
                        "ACI Les Jardins",
                        "--admin",
                        "Nadia Admin",
                        "--url",
                        "https://jalons.example.org"),
                ServerConfig.h2(dataDir),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                System.err);

        assertThat(status).isZero();
        String printed = out.toString(StandardCharsets.UTF_8);
        Matcher code = Pattern.compile("Pairing code: ([A-Z2-9]{8})").matcher(printed);
        assertThat(code.find()).as(printed).isTrue();
        Matcher link = Pattern.compile("Pairing link: (\\S+)").matcher(printed);
        assertThat(link.find()).as(printed).isTrue();
        assertThat(org.jalons.protocol.PairingLink.parse(link.group(1)))
                .contains(new org.jalons.protocol.PairingLink("https://jalons.example.org", code.group(1)));
        // The QR drawn on the terminal holds the same link, read as a phone's camera would.
        String drawn = printed.lines()
                .filter(l -> !l.isEmpty() && l.chars().allMatch(c -> "█▀▄ ".indexOf(c) >= 0))
                .collect(java.util.stream.Collectors.joining("\n"));
        assertThat(TerminalQrTest.decode(drawn)).isEqualTo(link.group(1));
    }

    @Test
    void bootstrapRefusesAnAddressPhonesWouldNotSendTheirTokenTo() throws Exception {
        for (String url :
                List.of("http://jalons.example.org", "https://x.example/?code=1", "jalons.example.org", "ftp://x")) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = Main.run(
                    List.of("bootstrap", "--org", "X", "--admin", "Y", "--url", url),
                    ServerConfig.h2(dataDir),
                    System.out,
                    new PrintStream(err, true, StandardCharsets.UTF_8));

            assertThat(status).as(url).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8).strip())
                    .as(url)
                    .startsWith("bootstrap: --url")
                    .doesNotContain("\n");
        }
        assertThat(Files.exists(dataDir.resolve("jalons.mv.db")))
                .as("nothing made")
                .isFalse();
    }

    @Test
    void bootstrapWithoutNamesExplainsUsage() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(
                List.of("bootstrap", "--org", "X"),
                ServerConfig.h2(dataDir),
                System.out,
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Usage");
    }

    @Test
    void rebuildSummaryRebuildsTheFiguresFromTheChangeLog() throws Exception {
        java.util.UUID orgId;
        try (JalonsServer server = JalonsServer.start(ServerConfig.h2(dataDir))) {
            Org org = Org.create(server);
            Org.Member counsellor = org.counsellor("Samia CIP");
            org.push(counsellor, Changes.batch(Changes.newBeneficiary(java.util.UUID.randomUUID(), "P")));
            orgId = org.id;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = Main.run(
                List.of("rebuild-summary", "--org", orgId.toString()),
                ServerConfig.h2(dataDir),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                System.err);
        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Rebuilt the summary of organisation " + orgId);

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertThat(Main.run(List.of("rebuild-summary", "--org", "nope"), ServerConfig.h2(dataDir), System.out, errors))
                .isEqualTo(2);
        assertThat(Main.run(
                        List.of(
                                "rebuild-summary",
                                "--org",
                                java.util.UUID.randomUUID().toString()),
                        ServerConfig.h2(dataDir),
                        System.out,
                        errors))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("a UUID").contains("no organisation");
    }

    @Test
    void configurationComesFromEnvironmentOverAPropertiesFile() throws Exception {
        Path file = dataDir.resolve("jalons.properties");
        Files.writeString(file, "JALONS_PORT=9000\nJALONS_TOMBSTONE_DAYS=30\nJALONS_BIND=0.0.0.0\n");

        ServerConfig config = ServerConfig.fromEnvironment(Map.of(
                "JALONS_CONFIG",
                file.toString(),
                "JALONS_PORT",
                "9100",
                "JALONS_DATA_DIR",
                "/var/lib/jalons",
                "JALONS_JDBC_URL",
                "jdbc:postgresql://db/jalons",
                "JALONS_JDBC_USER",
                "jalons"));
        ServerConfig defaults = ServerConfig.fromEnvironment(Map.of());

        assertThat(config.port()).isEqualTo(9100);
        assertThat(config.bind()).isEqualTo("0.0.0.0");
        assertThat(config.tombstoneDays()).isEqualTo(30);
        assertThat(config.dataDir()).isEqualTo(Path.of("/var/lib/jalons"));
        assertThat(config.jdbcUrl()).isEqualTo("jdbc:postgresql://db/jalons");
        assertThat(defaults.port()).isEqualTo(8787);
        assertThat(defaults.bind()).isEqualTo("127.0.0.1");
        assertThat(defaults.dataDir()).isEqualTo(Path.of("data"));
        assertThat(defaults.tlsKeystore()).isNull();
    }

    @Test
    void backupSettingsComeFromTheEnvironmentAndRefuseNonsense() {
        ServerConfig config = ServerConfig.fromEnvironment(Map.of(
                "JALONS_BACKUP_DIR", "/var/backups/jalons", "JALONS_BACKUP_HOURS", "6", "JALONS_BACKUP_KEEP", "30"));
        ServerConfig defaults = ServerConfig.fromEnvironment(Map.of());

        assertThat(config.backupDir()).isEqualTo(Path.of("/var/backups/jalons"));
        assertThat(config.backupEvery()).isEqualTo(java.time.Duration.ofHours(6));
        assertThat(config.backupKeep()).isEqualTo(30);
        assertThat(defaults.backupDir()).as("no backups unless asked").isNull();
        assertThat(defaults.backupEvery()).isEqualTo(java.time.Duration.ofHours(24));
        assertThat(defaults.backupKeep()).isEqualTo(14);
        // every wither keeps the other settings
        ServerConfig changed = config.withPort(1234).withDbKey("0123456789abcdef0123");
        assertThat(changed.backupDir()).isEqualTo(config.backupDir());
        assertThat(changed.backupKeep()).isEqualTo(30);
        assertThat(changed.dataDir()).isEqualTo(config.dataDir());
        for (String bad : new String[] {"0", "-3", "beaucoup"}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> ServerConfig.fromEnvironment(Map.of("JALONS_BACKUP_KEEP", bad)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("JALONS_BACKUP_KEEP");
        }
    }
}
