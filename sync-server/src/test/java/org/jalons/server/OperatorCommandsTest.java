package org.jalons.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jalons.server.model.Role;
import org.jalons.server.support.Api;
import org.jalons.server.support.Backend;
import org.jalons.server.support.Org;
import org.jalons.server.support.TestServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands an operator runs by hand on the server's machine, when something went wrong: an admin locked out
 * (their first code expired, their only phone revoked) gets a new one-time code; a command run while the server
 * holds its H2 file says in one line what to do instead of a stack trace.
 */
class OperatorCommandsTest {

    private static final Pattern CODE = Pattern.compile("Pairing code: ([A-Z2-9]{8})");

    @TempDir
    Path dataDir;

    @Test
    void aLockedOutAdminGetsANewCodeThatPairs() throws Exception {
        UUID orgId = bootstrapped();

        Output out = new Output();
        Output err = new Output();
        int status = Main.run(
                List.of("reissue-admin-code", "--org", orgId.toString()),
                ServerConfig.h2(dataDir),
                out.stream,
                err.stream);

        assertThat(status).as(err.text()).isZero();
        Matcher code = CODE.matcher(out.text());
        assertThat(code.find()).as(out.text()).isTrue();
        assertThat(out.text()).contains("Nadia Admin").contains("single use, valid until");
        // With the address phones reach, the new code comes as a link and a QR code too.
        Output withUrl = new Output();
        assertThat(Main.run(
                        List.of("reissue-admin-code", "--org", orgId.toString(), "--url", "https://jalons.example.org"),
                        ServerConfig.h2(dataDir),
                        withUrl.stream,
                        err.stream))
                .isZero();
        Matcher linked = CODE.matcher(withUrl.text());
        assertThat(linked.find()).isTrue();
        assertThat(withUrl.text())
                .contains("Pairing link: jalons://pair?server=https%3A%2F%2Fjalons.example.org&code=" + linked.group(1))
                .contains("█");
        try (JalonsServer server = JalonsServer.start(ServerConfig.h2(dataDir))) {
            JsonNode paired = Org.pair(new Api(server.baseUrl()), linked.group(1), "Nouveau poste de Nadia");
            assertThat(paired.at("/user/role").asText()).isEqualTo("ADMIN");
            assertThat(paired.at("/user/displayName").asText()).isEqualTo("Nadia Admin");
        }
    }

    @Test
    void withSeveralAdminsTheOperatorNamesOne() throws Exception {
        UUID orgId = bootstrapped();
        UUID second;
        try (JalonsServer server = JalonsServer.start(ServerConfig.h2(dataDir))) {
            second = server.createUser(orgId, "Marc Admin", Role.ADMIN, null).id();
            server.createUser(orgId, "Samia CIP", Role.COUNSELLOR, null);
        }

        Output out = new Output();
        Output err = new Output();
        int status = Main.run(
                List.of("reissue-admin-code", "--org", orgId.toString()),
                ServerConfig.h2(dataDir),
                out.stream,
                err.stream);
        assertThat(status).isEqualTo(2);
        assertThat(err.text())
                .contains("--admin")
                .contains("Nadia Admin")
                .contains("Marc Admin")
                .contains(second.toString());
        assertThat(err.text()).doesNotContain("Samia CIP");
        assertThat(CODE.matcher(out.text()).find()).isFalse();

        status = Main.run(
                List.of("reissue-admin-code", "--org", orgId.toString(), "--admin", second.toString()),
                ServerConfig.h2(dataDir),
                out.stream,
                err.stream);
        assertThat(status).isZero();
        assertThat(out.text()).contains("Marc Admin");
        assertThat(CODE.matcher(out.text()).find()).isTrue();
    }

    @Test
    void aDeactivatedAdminIsNeverOfferedNorGivenACode() throws Exception {
        UUID orgId;
        UUID marc;
        try (JalonsServer server = JalonsServer.start(ServerConfig.h2(dataDir))) {
            Org org = Org.create(server);
            orgId = org.id;
            marc = server.createUser(orgId, "Marc Admin", Role.ADMIN, null).id();
            Api.Response deactivated = org.api.post(
                    "/api/v1/admin/users/" + marc + "/deactivate",
                    org.admin.token(),
                    com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode());
            assertThat(deactivated.status()).as(deactivated.toString()).isEqualTo(200);
        }

        Output out = new Output();
        Output err = new Output();
        int status = Main.run(
                List.of("reissue-admin-code", "--org", orgId.toString()),
                ServerConfig.h2(dataDir),
                out.stream,
                err.stream);
        assertThat(status).as(err.text()).isZero(); // the one active admin, without naming them
        assertThat(out.text()).contains("Nadia Admin").doesNotContain("Marc Admin");

        Output refused = new Output();
        status = Main.run(
                List.of("reissue-admin-code", "--org", orgId.toString(), "--admin", marc.toString()),
                ServerConfig.h2(dataDir),
                new Output().stream,
                refused.stream);
        assertThat(status).isEqualTo(1);
        assertThat(refused.text()).contains("not an active admin").doesNotContain("Exception");
    }

    @Test
    void badArgumentsAreRefusedWithoutACode() throws Exception {
        UUID orgId = bootstrapped();
        UUID counsellor;
        try (JalonsServer server = JalonsServer.start(ServerConfig.h2(dataDir))) {
            counsellor =
                    server.createUser(orgId, "Samia CIP", Role.COUNSELLOR, null).id();
        }
        record Case(List<String> args, int status, String says) {}
        List<Case> cases = List.of(
                new Case(List.of("reissue-admin-code"), 2, "Usage"),
                new Case(List.of("reissue-admin-code", "--org"), 2, "Usage"),
                new Case(List.of("reissue-admin-code", "--org", "ACI"), 2, "a UUID"),
                new Case(
                        List.of("reissue-admin-code", "--org", UUID.randomUUID().toString()), 1, "no organisation"),
                new Case(List.of("reissue-admin-code", "--org", orgId.toString(), "--admin", "x"), 2, "a UUID"),
                new Case(List.of("reissue-admin-code", "--org", orgId.toString(), "--url"), 2, "Usage"),
                new Case(
                        List.of("reissue-admin-code", "--org", orgId.toString(), "--url", "http://jalons.example.org"),
                        2,
                        "https://"),
                new Case(
                        List.of("reissue-admin-code", "--org", orgId.toString(), "--admin", counsellor.toString()),
                        1,
                        "not an active admin"),
                new Case(
                        List.of(
                                "reissue-admin-code",
                                "--org",
                                orgId.toString(),
                                "--admin",
                                UUID.randomUUID().toString()),
                        1,
                        "not an active admin"));
        for (Case c : cases) {
            Output out = new Output();
            Output err = new Output();
            int status = Main.run(c.args(), ServerConfig.h2(dataDir), out.stream, err.stream);
            assertThat(status).as(c.args().toString()).isEqualTo(c.status());
            assertThat(err.text()).as(c.args().toString()).contains(c.says()).doesNotContain("Exception");
            assertThat(CODE.matcher(out.text()).find()).as(c.args().toString()).isFalse();
        }
    }

    @Test
    void aCommandRunWhileTheServerHoldsTheDatabaseSaysWhatToDoInOneLine() throws Exception {
        UUID orgId = bootstrapped();
        Process server = serveInAnotherProcess();
        try {
            for (List<String> command : List.of(
                    List.of("bootstrap", "--org", "Autre structure", "--admin", "Léa Admin"),
                    List.of("reissue-admin-code", "--org", orgId.toString()),
                    List.of("rebuild-summary"),
                    List.of("backup", "--to", dataDir.resolveSibling("backups").toString()))) {
                Output out = new Output();
                Output err = new Output();
                int status = Main.run(command, ServerConfig.h2(dataDir), out.stream, err.stream);

                assertThat(status).as(command.toString()).isEqualTo(1);
                assertThat(err.text().strip().lines()).as(err.text()).hasSize(1);
                assertThat(err.text())
                        .contains("in use")
                        .contains("stop the server")
                        .doesNotContain("Exception")
                        .doesNotContain("at org.");
                assertThat(out.text()).isEmpty();
            }
        } finally {
            server.destroy();
            assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        // once the server stopped, the same command works
        Output out = new Output();
        assertThat(Main.run(
                        List.of("reissue-admin-code", "--org", orgId.toString()),
                        ServerConfig.h2(dataDir),
                        out.stream,
                        System.err))
                .isZero();
        assertThat(CODE.matcher(out.text()).find()).isTrue();
    }

    @Test
    void onPostgresqlTheCommandsWorkWhileTheServerRuns() throws Exception {
        ServerConfig config = TestServers.config(Backend.POSTGRES, TestServers.newDatabase(Backend.POSTGRES));
        try (JalonsServer running = JalonsServer.start(config)) {
            Output out = new Output();
            assertThat(Main.run(
                            List.of("bootstrap", "--org", "ACI Les Jardins", "--admin", "Nadia Admin"),
                            config,
                            out.stream,
                            System.err))
                    .isZero();
            Matcher id = Pattern.compile("Organisation: ACI Les Jardins \\(([0-9a-f-]{36})\\)")
                    .matcher(out.text());
            assertThat(id.find()).as(out.text()).isTrue();
            Output again = new Output();
            assertThat(Main.run(List.of("reissue-admin-code", "--org", id.group(1)), config, again.stream, System.err))
                    .isZero();
            Matcher code = CODE.matcher(again.text());
            assertThat(code.find()).as(again.text()).isTrue();
            // the running server sees what the commands wrote: the reissued code pairs
            JsonNode paired = Org.pair(new Api(running.baseUrl()), code.group(1), "Poste de Nadia");
            assertThat(paired.at("/user/displayName").asText()).isEqualTo("Nadia Admin");
        }
    }

    @Test
    void backupThenRestoreIntoAnEmptyFolderWithTheCommands(@TempDir Path elsewhere) throws Exception {
        UUID orgId = bootstrapped();
        Path backups = elsewhere.resolve("backups");
        Output out = new Output();
        Output err = new Output();
        assertThat(Main.run(
                        List.of("backup", "--to", backups.toString()),
                        ServerConfig.h2(dataDir),
                        out.stream,
                        err.stream))
                .as(err.text())
                .isZero();
        Matcher file = Pattern.compile("Backup: (\\S+\\.zip) \\(schema \\S+, 1 organisations; checked\\)")
                .matcher(out.text());
        assertThat(file.find()).as(out.text()).isTrue();

        Path restored = elsewhere.resolve("restored");
        Output restoreOut = new Output();
        assertThat(Main.run(
                        List.of("restore", "--from", file.group(1)),
                        ServerConfig.h2(restored),
                        restoreOut.stream,
                        err.stream))
                .as(err.text())
                .isZero();
        assertThat(restoreOut.text()).contains("Restored").contains("1 organisations");
        try (JalonsServer server = JalonsServer.start(ServerConfig.h2(restored))) {
            assertThat(server.organisations()).containsExactly(orgId);
        }

        // again into the same folder: refused, the restored database untouched
        Output again = new Output();
        Output againErr = new Output();
        assertThat(Main.run(
                        List.of("restore", "--from", file.group(1)),
                        ServerConfig.h2(restored),
                        again.stream,
                        againErr.stream))
                .isEqualTo(1);
        assertThat(againErr.text()).contains("empty data folder").doesNotContain("Exception");

        record Case(List<String> args, int status, String says) {}
        for (Case c : List.of(
                new Case(List.of("backup"), 2, "--to DIR"),
                new Case(List.of("backup", "--to"), 2, "Usage"),
                new Case(List.of("backup", "--into", "x"), 2, "Usage"),
                new Case(List.of("restore"), 2, "Usage"),
                new Case(
                        List.of(
                                "restore",
                                "--from",
                                elsewhere.resolve("none.zip").toString()),
                        1,
                        "no backup file"))) {
            Output o = new Output();
            Output e = new Output();
            assertThat(Main.run(c.args(), ServerConfig.h2(elsewhere.resolve("other")), o.stream, e.stream))
                    .as(c.args().toString())
                    .isEqualTo(c.status());
            assertThat(e.text()).as(c.args().toString()).contains(c.says()).doesNotContain("Exception");
        }
    }

    @Test
    void afterAPostgresqlRestoreNewHistoryMakesPhonesSeeIt() throws Exception {
        ServerConfig config = TestServers.config(Backend.POSTGRES, TestServers.newDatabase(Backend.POSTGRES));
        String token;
        String before;
        try (JalonsServer server = JalonsServer.start(config)) {
            Org org = Org.create(server);
            Org.Member counsellor = org.counsellor("Samia CIP");
            token = counsellor.token();
            before = org.pull(counsellor, 0).get("history").asText();
        }
        Output out = new Output();
        Output err = new Output();
        assertThat(Main.run(List.of("new-history"), config, out.stream, err.stream))
                .as(err.text())
                .isZero();
        Matcher id = Pattern.compile("New history id ([0-9a-f-]{36})").matcher(out.text());
        assertThat(id.find()).as(out.text()).isTrue();
        assertThat(id.group(1)).isNotEqualTo(before);
        try (JalonsServer server = JalonsServer.start(config)) {
            JsonNode page = new Api(server.baseUrl())
                    .get("/api/v1/sync/pull?cursor=0", token)
                    .json();
            assertThat(page.get("history").asText()).isEqualTo(id.group(1));
        }
        Output usage = new Output();
        assertThat(Main.run(List.of("new-history", "--org", "x"), config, new Output().stream, usage.stream))
                .isEqualTo(2);
        assertThat(usage.text()).contains("Usage: new-history");
    }

    private UUID bootstrapped() throws Exception {
        Output out = new Output();
        assertThat(Main.run(
                        List.of("bootstrap", "--org", "ACI Les Jardins", "--admin", "Nadia Admin"),
                        ServerConfig.h2(dataDir),
                        out.stream,
                        System.err))
                .isZero();
        Matcher id = Pattern.compile("Organisation: ACI Les Jardins \\(([0-9a-f-]{36})\\)")
                .matcher(out.text());
        assertThat(id.find()).as(out.text()).isTrue();
        return UUID.fromString(id.group(1));
    }

    /** {@code serve} in its own JVM, as an operator's running server is: returns once it listens (127.0.0.1). */
    private Process serveInAnotherProcess() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        Main.class.getName(),
                        "serve")
                .redirectErrorStream(true);
        builder.environment().put("JALONS_DATA_DIR", dataDir.toString());
        builder.environment().put("JALONS_PORT", "0");
        builder.environment().put("JALONS_BIND", "127.0.0.1");
        Process process = builder.start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        StringBuilder seen = new StringBuilder();
        BufferedReader lines =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while (Instant.now().isBefore(deadline) && (line = lines.readLine()) != null) {
            seen.append(line).append('\n');
            if (line.contains("listening on")) {
                drain(lines);
                return process;
            }
        }
        lines.close();
        process.destroyForcibly();
        throw new AssertionError("The server in another process did not start:\n" + seen);
    }

    /** Keeps reading the child's output so that it never blocks on a full pipe. */
    private static void drain(BufferedReader lines) {
        Thread reader = new Thread(
                () -> {
                    try {
                        while (lines.readLine() != null) {
                            // the child's log is not checked
                        }
                    } catch (java.io.IOException e) {
                        // the child stopped
                    }
                },
                "child-server-output");
        reader.setDaemon(true);
        reader.start();
    }

    private static final class Output {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }
}
