package org.jalons.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jalons.server.store.CannotOpenDatabase;
import org.jalons.server.store.Database;
import org.jalons.server.support.Api;
import org.jalons.server.support.Org;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The H2 data folder: owner-only, a generated database password, and encryption with a key. */
class DataFolderTest {

    static final String KEY = "cle-de-test-0123456789";

    @TempDir
    Path parent;

    @Test
    void theDataFolderIsOwnerOnlyAndTheDatabaseHasAGeneratedPassword() throws Exception {
        Path dataDir = parent.resolve("data");
        try (JalonsServer server = JalonsServer.start(ServerConfig.h2(dataDir))) {
            Org.create(server);
        }

        assertThat(permissions(dataDir)).isEqualTo("rwx------");
        assertThat(permissions(dataDir.resolve("jalons.mv.db"))).isEqualTo("rw-------");
        Path passwordFile = dataDir.resolve("db-password");
        assertThat(permissions(passwordFile)).isEqualTo("rw-------");
        String password = Files.readString(passwordFile).strip();
        assertThat(password).hasSizeGreaterThanOrEqualTo(32);
        String url = "jdbc:h2:file:" + dataDir.resolve("jalons") + ";IFEXISTS=TRUE";
        assertThatThrownBy(() -> DriverManager.getConnection(url, "sa", "").close())
                .isInstanceOf(SQLException.class);
        DriverManager.getConnection(url, "sa", password).close();
    }

    @Test
    void aFolderFromBeforeThePasswordKeepsWorkingAndGetsOne() throws Exception {
        Path dataDir = parent.resolve("old");
        Files.createDirectories(dataDir);
        String url = "jdbc:h2:file:" + dataDir.resolve("jalons");
        try (Database old = Database.open(url, "sa", "", 2)) {
            old.inTransaction(
                    c -> c.createStatement()
                            .execute(
                                    "insert into organisation (id, name, created_at) values (random_uuid(), 'Ancienne', now())"));
        }

        try (JalonsServer server = JalonsServer.start(ServerConfig.h2(dataDir))) {
            Org.create(server);
        }

        String password = Files.readString(dataDir.resolve("db-password")).strip();
        assertThatThrownBy(() -> DriverManager.getConnection(url + ";IFEXISTS=TRUE", "sa", "")
                        .close())
                .isInstanceOf(SQLException.class);
        try (var c = DriverManager.getConnection(url, "sa", password);
                var rows =
                        c.createStatement().executeQuery("select count(*) from organisation where name = 'Ancienne'")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void anEncryptedDatabaseOpensOnlyWithItsKeyForBootstrapAndServe() throws Exception {
        Path dataDir = parent.resolve("secret");
        ServerConfig withKey = ServerConfig.h2(dataDir).withDbKey(KEY);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(Main.run(
                        List.of("bootstrap", "--org", "ACI Les Jardins", "--admin", "Nadia Admin"),
                        withKey,
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        System.err))
                .isZero();
        Matcher code = Pattern.compile("Pairing code: ([A-Z2-9]{8})").matcher(out.toString(StandardCharsets.UTF_8));
        assertThat(code.find()).isTrue();
        assertThat(new String(Files.readAllBytes(dataDir.resolve("jalons.mv.db")), StandardCharsets.ISO_8859_1))
                .doesNotContain("Nadia Admin")
                .doesNotContain("organisation");

        for (ServerConfig wrong :
                List.of(ServerConfig.h2(dataDir), ServerConfig.h2(dataDir).withDbKey(KEY + "x"))) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status =
                    Main.run(List.of("serve"), wrong, System.out, new PrintStream(err, true, StandardCharsets.UTF_8));
            String said = err.toString(StandardCharsets.UTF_8);
            assertThat(status).isEqualTo(1);
            assertThat(said.strip()).doesNotContain("\n").startsWith("jalons: ").contains("JALONS_DB_KEY");
            assertThatThrownBy(() -> JalonsServer.start(wrong)).isInstanceOf(CannotOpenDatabase.class);
        }

        try (JalonsServer server = JalonsServer.start(withKey)) {
            JsonNode paired = Org.pair(new Api(server.baseUrl()), code.group(1), "Poste de Nadia");
            assertThat(paired.at("/user/displayName").asText()).isEqualTo("Nadia Admin");
        }
    }

    @Test
    void aPlainFolderIsEncryptedInPlaceWhenAKeyIsSet() throws Exception {
        Path dataDir = parent.resolve("plain");
        try (JalonsServer server = JalonsServer.start(ServerConfig.h2(dataDir))) {
            server.bootstrap("ACI Les Jardins", "Nadia Admin");
        }
        assertThat(new String(Files.readAllBytes(dataDir.resolve("jalons.mv.db")), StandardCharsets.ISO_8859_1))
                .contains("Nadia Admin");

        try (JalonsServer server = JalonsServer.start(ServerConfig.h2(dataDir).withDbKey(KEY))) {
            Org.create(server);
        }

        assertThat(new String(Files.readAllBytes(dataDir.resolve("jalons.mv.db")), StandardCharsets.ISO_8859_1))
                .doesNotContain("Nadia Admin");
        assertThatThrownBy(() -> JalonsServer.start(ServerConfig.h2(dataDir))).isInstanceOf(CannotOpenDatabase.class);
    }

    private static String permissions(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
