package org.jalons.sync.e2e;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.Callable;

/**
 * The real sync server (org.jalons:jalons-sync-server, self-contained jar) running in this JVM, in a class loader of
 * its own: both projects keep Flyway migrations under classpath:db/migration, so on one class path each would read
 * the other's (see the report in docs/PROTOCOL.md, "Open points"). Its public test API ({@code JalonsServer.start},
 * {@code bootstrap}, {@code createUser}, {@code issuePairingCode}, {@code stop}) is called by reflection.
 */
public final class RealServer implements AutoCloseable {
    /** A user account on the server. */
    public record User(UUID id, Object handle) {
    }

    private static URLClassLoader sharedLoader;

    private final URLClassLoader loader;
    private final Object server;
    private final UUID organisationId;
    private final String adminPairingCode;

    private RealServer(URLClassLoader loader, Object server, UUID organisationId, String adminPairingCode) {
        this.loader = loader;
        this.server = server;
        this.organisationId = organisationId;
        this.adminPairingCode = adminPairingCode;
    }

    public static boolean available() {
        String jar = System.getProperty("jalons.server.jar");
        return jar != null && Files.isRegularFile(Path.of(jar));
    }

    public static RealServer start(Path dataDir) throws Exception {
        return start(dataDir, java.time.Clock.systemUTC());
    }

    /**
     * Starts a server again on the data folder of a server that was stopped (same database, no new organisation),
     * on a new random port: fault-injection tests restart the server mid-sync this way.
     */
    public static RealServer restart(Path dataDir, UUID organisationId) throws Exception {
        URLClassLoader loader = loader();
        Object server = within(loader, () -> {
            Class<?> config = loader.loadClass("org.jalons.server.ServerConfig");
            Object h2 = config.getMethod("h2", Path.class).invoke(null, dataDir);
            return loader.loadClass("org.jalons.server.JalonsServer").getMethod("start", config).invoke(null, h2);
        });
        return new RealServer(loader, server, organisationId, null);
    }

    public UUID organisationId() {
        return organisationId;
    }

    /** Adds a beneficiary to a counsellor's caseload (the admin's screen does it over HTTP). */
    public void addToCaseload(UUID counsellorId, UUID beneficiaryId) throws Exception {
        within(loader, () -> server.getClass().getMethod("addToCaseload", UUID.class, UUID.class, UUID.class)
                .invoke(server, organisationId, counsellorId, beneficiaryId));
    }

    /** With the server's clock (tombstone retention is counted on it). */
    public static RealServer start(Path dataDir, java.time.Clock clock) throws Exception {
        URLClassLoader loader = loader();
        Object server = within(loader, () -> {
            Class<?> config = loader.loadClass("org.jalons.server.ServerConfig");
            Object h2 = config.getMethod("h2", Path.class).invoke(null, dataDir);
            h2 = config.getMethod("withClock", java.time.Clock.class).invoke(h2, clock);
            return loader.loadClass("org.jalons.server.JalonsServer").getMethod("start", config).invoke(null, h2);
        });
        Object bootstrap = within(loader, () -> call(server, "bootstrap", "ACI Les Jardins", "Nadia Admin"));
        UUID organisationId = (UUID) within(loader, () -> call(bootstrap, "organisationId"));
        String adminCode = (String) within(loader, () -> call(call(bootstrap, "pairingCode"), "code"));
        return new RealServer(loader, server, organisationId, adminCode);
    }

    /** The one-time code of the organisation's first admin, made by the bootstrap. */
    public String adminPairingCode() {
        return adminPairingCode;
    }

    /**
     * One class loader for every server started in this JVM: JDBC's DriverManager scans for drivers once, so a
     * second loader would find no H2 driver of its own ("No suitable driver").
     */
    private static synchronized URLClassLoader loader() throws Exception {
        if (sharedLoader == null) {
            // The server's jar brings its own logback without a configuration (DEBUG by default): give it ours.
            URL logging = RealServer.class.getResource("/logback-test.xml");
            if (logging != null && System.getProperty("logback.configurationFile") == null) {
                System.setProperty("logback.configurationFile", logging.toString());
            }
            // A private copy: another build installing the server meanwhile rewrites the jar in the local Maven
            // repository, and classes loaded lazily from it would then fail ("invalid LOC header").
            Path copy = Files.createTempFile("jalons-sync-server", ".jar");
            copy.toFile().deleteOnExit();
            Files.copy(Path.of(System.getProperty("jalons.server.jar")), copy,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            URL jar = copy.toUri().toURL();
            sharedLoader = new URLClassLoader(new URL[] {jar}, ClassLoader.getPlatformClassLoader());
            Class.forName("org.h2.Driver", true, sharedLoader);
        }
        return sharedLoader;
    }

    /** Purges the tombstones older than the retention window now; returns how many went. */
    public int purgeTombstones() throws Exception {
        return (Integer) within(loader, () -> call(server, "purgeTombstones"));
    }

    public String baseUrl() throws Exception {
        return (String) within(loader, () -> call(server, "baseUrl"));
    }

    public User createUser(String displayName, String role, UUID beneficiaryId) throws Exception {
        return within(loader, () -> {
            @SuppressWarnings({"unchecked", "rawtypes"})
            Object roleValue = Enum.valueOf((Class) loader.loadClass("org.jalons.server.model.Role"), role);
            Method create = server.getClass().getMethod("createUser", UUID.class, String.class, roleValue.getClass(),
                    UUID.class);
            Object user = create.invoke(server, organisationId, displayName, roleValue, beneficiaryId);
            return new User((UUID) call(user, "id"), user);
        });
    }

    public String pairingCode(User user) throws Exception {
        return within(loader, () -> {
            Method issue = server.getClass().getMethod("issuePairingCode", user.handle().getClass());
            return (String) call(issue.invoke(server, user.handle()), "code");
        });
    }

    @Override
    public void close() throws Exception {
        within(loader, () -> call(server, "stop"));
    }

    private static Object call(Object target, String method, Object... args) throws Exception {
        for (Method m : target.getClass().getMethods()) {
            if (m.getName().equals(method) && m.getParameterCount() == args.length
                    && (args.length == 0 || m.getParameterTypes()[0] == String.class)) {
                return m.invoke(target, args);
            }
        }
        throw new NoSuchMethodException(target.getClass().getName() + "." + method);
    }

    /** Runs server code with its own class loader as context loader (Flyway and Jetty look resources up there). */
    private static <T> T within(ClassLoader loader, Callable<T> work) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return work.call();
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } finally {
            thread.setContextClassLoader(before);
        }
    }
}
