package org.jalons.server;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import org.jalons.protocol.PairingLink;
import org.jalons.server.model.User;
import org.jalons.server.service.Accounts;
import org.jalons.server.service.PairingCode;
import org.jalons.server.store.CannotOpenDatabase;
import org.jalons.server.store.H2Backups;

/**
 * Command line: {@code serve} runs the server; {@code bootstrap --org NAME --admin NAME} creates an
 * organisation and its first admin and prints a one-time pairing code; {@code rebuild-summary [--org ID]} rebuilds
 * the summary figures from the change log; {@code reissue-admin-code --org ID [--admin ID]} gives a locked-out admin
 * (first code expired, only device revoked) a new one-time pairing code; {@code backup [--to DIR]} and
 * {@code restore --from FILE} back the H2 data folder up and restore it into an empty one (with a new history id);
 * {@code new-history} gives a database restored by other means (pg_restore) a new history id. Configuration: JALONS_*
 * env.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) throws InterruptedException {
        // The plain jar is also a test dependency of other modules: its logging setup must not be
        // called logback.xml, or it would compete with theirs. The command line picks it by name.
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "jalons-server-logback.xml");
        }
        ServerConfig config;
        try {
            config = ServerConfig.fromEnvironment(System.getenv());
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            System.err.println("jalons: " + e.getMessage()); // a setting the operator mistyped: one line, no trace
            System.exit(2);
            return;
        }
        int status = run(List.of(args), config, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    static int run(List<String> args, ServerConfig config, PrintStream out, PrintStream err)
            throws InterruptedException {
        String command = args.isEmpty() ? "serve" : args.get(0);
        switch (command) {
            case "serve" -> {
                try {
                    serve(config);
                } catch (CannotOpenDatabase e) {
                    err.println("jalons: " + e.getMessage());
                    return 1;
                }
                return 0;
            }
            case "bootstrap" -> {
                try {
                    return bootstrap(args.subList(1, args.size()), config, out, err);
                } catch (CannotOpenDatabase e) {
                    err.println("jalons: " + e.getMessage());
                    return 1;
                }
            }
            case "rebuild-summary" -> {
                try {
                    return rebuildSummary(args.subList(1, args.size()), config, out, err);
                } catch (CannotOpenDatabase e) {
                    err.println("jalons: " + e.getMessage());
                    return 1;
                }
            }
            case "reissue-admin-code" -> {
                try {
                    return reissueAdminCode(args.subList(1, args.size()), config, out, err);
                } catch (CannotOpenDatabase e) {
                    err.println("jalons: " + e.getMessage());
                    return 1;
                }
            }
            case "backup" -> {
                try {
                    return backup(args.subList(1, args.size()), config, out, err);
                } catch (CannotOpenDatabase e) {
                    err.println(
                            e.databaseInUse()
                                    ? "jalons: the database is in use by a running Jalons server: it takes its own"
                                            + " backups, online, when JALONS_BACKUP_DIR is set; or stop the server, run"
                                            + " this command, then start it again."
                                    : "jalons: " + e.getMessage());
                    return 1;
                }
            }
            case "restore" -> {
                try {
                    return restore(args.subList(1, args.size()), config, out, err);
                } catch (CannotOpenDatabase e) {
                    err.println("jalons: " + e.getMessage());
                    return 1;
                }
            }
            case "new-history" -> {
                try {
                    return newHistory(args.subList(1, args.size()), config, out, err);
                } catch (CannotOpenDatabase e) {
                    err.println("jalons: " + e.getMessage());
                    return 1;
                }
            }
            default -> {
                err.println(
                        "Usage: serve | bootstrap --org \"Organisation name\" --admin \"Admin name\" [--url ADDRESS]"
                                + " | rebuild-summary [--org ID] | reissue-admin-code --org ID [--admin ID] [--url ADDRESS]"
                                + " | backup [--to DIR] | restore --from FILE | new-history");
                return 2;
            }
        }
    }

    private static void serve(ServerConfig config) throws InterruptedException {
        JalonsServer server = JalonsServer.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            server.stop();
                            stopped.countDown();
                        },
                        "jalons-shutdown"));
        stopped.await();
    }

    private static int bootstrap(List<String> args, ServerConfig config, PrintStream out, PrintStream err) {
        String org = option(args, "--org");
        String admin = option(args, "--admin");
        String url = option(args, "--url");
        if (org == null || admin == null || (args.contains("--url") && url == null)) {
            err.println("Usage: bootstrap --org \"Organisation name\" --admin \"Admin name\" [--url ADDRESS]");
            return 2;
        }
        String refused = PhoneAddress.refusal(url);
        if (refused != null) {
            err.println("bootstrap: " + refused);
            return 2;
        }
        try (JalonsServer server = JalonsServer.offline(config)) {
            Accounts.Bootstrap created = server.bootstrap(org, admin);
            out.println("Organisation: " + org + " (" + created.organisationId() + ")");
            out.println("Admin:        " + admin + " (" + created.admin().id() + ")");
            printCode(created.pairingCode(), url, out);
        }
        return 0;
    }

    /**
     * A one-time code as the admin uses it: the code and its expiry; with the address phones reach ({@code --url}),
     * the pairing link the app reads and the same link as a QR code to scan from the terminal, so that nobody types
     * the server's address.
     */
    private static void printCode(PairingCode code, String url, PrintStream out) {
        out.println("Pairing code: " + code.code() + " (single use, valid until " + code.expiresAt() + ")");
        if (url == null) {
            out.println("With --url and the address phones reach (https://…), the code is also printed as a QR code"
                    + " to scan.");
            return;
        }
        String link = new PairingLink(url, code.code()).uri();
        out.println("Pairing link: " + link);
        out.println("Scan it, or paste the link, in Jalons: Sync > Link this phone to your organisation.");
        out.print(TerminalQr.draw(link));
    }

    /** Drops the summary facts of one organisation (or all) and projects their change log again. */
    private static int rebuildSummary(List<String> args, ServerConfig config, PrintStream out, PrintStream err) {
        String org = option(args, "--org");
        if ((args.contains("--org") && org == null) || (!args.isEmpty() && !args.contains("--org"))) {
            err.println("Usage: rebuild-summary [--org ID]");
            return 2;
        }
        UUID only;
        try {
            only = org == null ? null : UUID.fromString(org);
        } catch (IllegalArgumentException e) {
            err.println("rebuild-summary: --org takes an organisation id (a UUID).");
            return 2;
        }
        try (JalonsServer server = JalonsServer.offline(config)) {
            List<UUID> orgs = only == null ? server.organisations() : List.of(only);
            if (only != null && !server.organisations().contains(only)) {
                err.println("rebuild-summary: no organisation " + only + ".");
                return 1;
            }
            int failed = 0;
            for (UUID id : orgs) {
                try {
                    server.rebuildSummary(id);
                    out.println("Rebuilt the summary of organisation " + id + ".");
                } catch (IllegalStateException e) {
                    err.println("rebuild-summary: " + e.getMessage());
                    failed++;
                }
            }
            return failed == 0 ? 0 : 1;
        }
    }

    /**
     * A new one-time code for an admin of the organisation: the way back in when the first code expired or the
     * admin's only device was revoked. With several admins, the operator names one ({@code --admin ID}).
     */
    private static int reissueAdminCode(List<String> args, ServerConfig config, PrintStream out, PrintStream err) {
        String usage = "Usage: reissue-admin-code --org ID [--admin ID] [--url ADDRESS]";
        String org = option(args, "--org");
        String admin = option(args, "--admin");
        String url = option(args, "--url");
        if (org == null
                || (args.contains("--admin") && admin == null)
                || (args.contains("--url") && url == null)
                || args.size() != 2 + (admin == null ? 0 : 2) + (url == null ? 0 : 2)) {
            err.println(usage);
            return 2;
        }
        String refused = PhoneAddress.refusal(url);
        if (refused != null) {
            err.println("reissue-admin-code: " + refused);
            return 2;
        }
        UUID orgId = uuid(org);
        UUID adminId = admin == null ? null : uuid(admin);
        if (orgId == null || (admin != null && adminId == null)) {
            err.println("reissue-admin-code: --org and --admin take ids (a UUID each).");
            return 2;
        }
        try (JalonsServer server = JalonsServer.offline(config)) {
            if (!server.organisations().contains(orgId)) {
                err.println("reissue-admin-code: no organisation " + orgId + ".");
                return 1;
            }
            List<User> admins = server.admins(orgId);
            User chosen;
            if (adminId != null) {
                chosen = admins.stream()
                        .filter(a -> a.id().equals(adminId))
                        .findFirst()
                        .orElse(null);
                if (chosen == null) {
                    err.println("reissue-admin-code: " + adminId + " is not an active admin of organisation " + orgId
                            + " (a deactivated admin is reactivated by another admin).");
                    return 1;
                }
            } else if (admins.size() == 1) {
                chosen = admins.get(0);
            } else if (admins.isEmpty()) {
                err.println("reissue-admin-code: organisation " + orgId + " has no admin.");
                return 1;
            } else {
                err.println("reissue-admin-code: the organisation has " + admins.size()
                        + " admins; name one with --admin ID: "
                        + String.join(
                                ", ",
                                admins.stream()
                                        .map(a -> a.displayName() + " (" + a.id() + ")")
                                        .toList()));
                return 2;
            }
            PairingCode code = server.reissueAdminCode(chosen);
            out.println("Admin:        " + chosen.displayName() + " (" + chosen.id() + ")");
            printCode(code, url, out);
            return 0;
        }
    }

    /**
     * A backup of the H2 data folder now, into {@code --to DIR} or JALONS_BACKUP_DIR, with the server stopped (the
     * running server takes its own, online, when JALONS_BACKUP_DIR is set).
     */
    private static int backup(List<String> args, ServerConfig config, PrintStream out, PrintStream err) {
        String to = option(args, "--to");
        if (args.size() != (args.isEmpty() ? 0 : 2) || (!args.isEmpty() && to == null)) {
            err.println("Usage: backup [--to DIR]");
            return 2;
        }
        Path dir = to != null ? Path.of(to) : config.backupDir();
        if (dir == null) {
            err.println("backup: say where with --to DIR, or set JALONS_BACKUP_DIR.");
            return 2;
        }
        try (JalonsServer server = JalonsServer.offline(config)) {
            H2Backups.Summary taken = server.backup(dir);
            out.println("Backup: " + taken.file() + " (schema " + taken.schemaVersion() + ", " + taken.organisations()
                    + " organisations" + (taken.encrypted() ? ", encrypted: keep its key" : "") + "; checked)");
            return 0;
        }
    }

    /** Restores a backup into an empty data folder (JALONS_DATA_DIR), checking it opens first. */
    private static int restore(List<String> args, ServerConfig config, PrintStream out, PrintStream err) {
        String from = option(args, "--from");
        if (from == null || args.size() != 2) {
            err.println("Usage: restore --from FILE");
            return 2;
        }
        if (config.jdbcUrl() != null) {
            err.println(
                    "restore: this server uses PostgreSQL: restore it with pg_restore (see the README, \"Backups\").");
            return 2;
        }
        Path file = Path.of(from);
        if (!Files.isRegularFile(file)) {
            err.println("restore: no backup file " + file + ".");
            return 1;
        }
        H2Backups.Summary restored = H2Backups.restore(file, config.dataDir(), config.dbKey());
        out.println("Restored " + file + " (taken " + restored.takenAt() + ", schema " + restored.schemaVersion() + ", "
                + restored.organisations() + " organisations) into "
                + config.dataDir().toAbsolutePath() + ".");
        out.println("The restored database has a new history id: at their next sync, phones send again what they"
                + " sent after " + restored.takenAt() + " and read the data again (docs/PROTOCOL.md, \"A server"
                + " restored from a backup\").");
        return 0;
    }

    /**
     * A new history id for the configured database, to run after restoring a PostgreSQL dump (pg_restore) and before
     * the server starts: phones then re-send what the restored database may lack (PROTOCOL.md).
     */
    private static int newHistory(List<String> args, ServerConfig config, PrintStream out, PrintStream err) {
        if (!args.isEmpty()) {
            err.println("Usage: new-history");
            return 2;
        }
        try (JalonsServer server = JalonsServer.offline(config)) {
            UUID history = server.newHistory();
            out.println("New history id " + history + ": at their next sync, phones send again what this database may"
                    + " lack and read the data again (docs/PROTOCOL.md, \"A server restored from a backup\").");
            return 0;
        }
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String option(List<String> args, String name) {
        int index = args.indexOf(name);
        return index >= 0 && index + 1 < args.size() ? args.get(index + 1) : null;
    }
}
