package org.jalons.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.jalons.domain.Beneficiary;
import org.jalons.domain.LocalProfile;
import org.jalons.domain.ValidationException;
import org.jalons.domain.Violation;
import org.jalons.protocol.Vocabulary.Role;

/**
 * The profiles kept in the app's private folder: the person's own (PIN-protected) and the demo organisation
 * (fictitious people, protected by a published passphrase so that it is encrypted like real data).
 */
public final class Profiles {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Profiles.class);
    public static final String OWN = "profile";
    public static final String DEMO = "demo";
    /**
     * Files handed to the phone's share sheet (a person's export, a supervisor's report) must exist until the other
     * app has read them, which happens after the share call returns; they are removed at the next lock and always at
     * the next unlock ({@link #clearSharedFiles}).
     */
    public static final String SHARED = "shared";
    /**
     * The one file a wipe of the person's profile leaves: the devices still to revoke on the server, written and
     * read by org.jalons.sync.DeviceRevocation, deleted once they are revoked.
     */
    public static final String PENDING_REVOCATION = "pending-revocation.json";

    static final char[] DEMO_PASSPHRASE = "jalons-demo".toCharArray();

    private final Path appDirectory;
    private final Clock clock;
    private final KeyDerivation.Parameters parameters;

    /** New stores' keys derived with {@code parameters} (existing stores keep what their key file says). */
    public Profiles(Path appDirectory, Clock clock, KeyDerivation.Parameters parameters) {
        this.appDirectory = appDirectory;
        this.clock = clock;
        this.parameters = parameters;
    }

    /** New stores' keys with PBKDF2 and this many iterations: tests use few, to run fast. */
    public Profiles(Path appDirectory, Clock clock, int iterations) {
        this(appDirectory, clock, KeyDerivation.Parameters.pbkdf2(iterations));
    }

    public Profiles(Path appDirectory) {
        this(appDirectory, Clock.systemUTC(), KeyDerivation.Parameters.FOR_NEW_STORES);
    }

    public Path appDirectory() {
        return appDirectory;
    }

    public EncryptedStore own() {
        return new EncryptedStore(appDirectory.resolve(OWN), clock, parameters);
    }

    EncryptedStore demo() {
        return new EncryptedStore(appDirectory.resolve(DEMO), clock, parameters);
    }

    public boolean hasOwnProfile() {
        return own().exists();
    }

    /** Checks a new PIN: at least six characters, typed the same twice. */
    public static List<Violation> pinViolations(char[] pin, char[] confirmation) {
        if (pin == null || pin.length < EncryptedStore.MIN_SECRET_LENGTH) {
            return List.of(new Violation("pin", "pinTooShort", EncryptedStore.MIN_SECRET_LENGTH));
        }
        if (confirmation != null && !java.util.Arrays.equals(pin, confirmation)) {
            return List.of(new Violation("pinConfirmation", "pinMismatch"));
        }
        return List.of();
    }

    /**
     * Creates this device's profile. A person followed who starts alone gets their own parcours record, so
     * that "Mon parcours" works before any pairing.
     */
    public LocalStore create(String displayName, Role role, char[] pin) {
        UUID beneficiaryId = role == Role.BENEFICIARY ? UUID.randomUUID() : null;
        LocalProfile profile = new LocalProfile(
                UUID.randomUUID(), displayName == null ? null : displayName.strip(), role, beneficiaryId);
        List<Violation> problems = new java.util.ArrayList<>(profile.violations());
        problems.addAll(pinViolations(pin, null));
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        try {
            Database db = own().create(pin);
            db.inTransaction(c -> {
                ProfileDao.write(c, profile, clock.instant());
                return null;
            });
            LocalStore store = new LocalStore(db, profile, clock);
            if (beneficiaryId != null) {
                store.beneficiaries()
                        .save(new Beneficiary(
                                beneficiaryId,
                                profile.displayName(),
                                null,
                                LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC),
                                null,
                                null,
                                List.of(),
                                null,
                                null));
            }
            return store;
        } catch (IOException e) {
            throw new UncheckedIOException("The profile folder cannot be written: " + appDirectory, e);
        }
    }

    public LocalStore unlock(char[] pin) throws UnlockException {
        Database db = own().open(pin);
        clearSharedFiles();
        Optional<LocalProfile> profile = ProfileDao.read(db);
        if (profile.isEmpty()) {
            db.close();
            throw new UnlockException(UnlockException.Reason.CORRUPTED, "The store has no profile row", null);
        }
        LocalStore store = new LocalStore(db, profile.get(), clock);
        store.evidencePhotos().adoptPlainFiles(appDirectory);
        return store;
    }

    /** Opens the demo organisation as the given role, creating and filling it the first time. */
    public LocalStore openDemo(Role role) {
        EncryptedStore demo = demo();
        try {
            Database db = demo.exists() ? demo.open(DEMO_PASSPHRASE) : demo.create(DEMO_PASSPHRASE);
            LocalProfile profile = DemoOrganisation.profileFor(role);
            db.inTransaction(c -> {
                ProfileDao.write(c, profile, clock.instant());
                return null;
            });
            LocalStore store = new LocalStore(db, profile, clock);
            if (store.beneficiaries().all().isEmpty()) {
                DemoOrganisation.load(store, clock);
            } else {
                DemoOrganisation.update(store);
            }
            store.evidencePhotos().adoptPlainFiles(appDirectory);
            return store;
        } catch (IOException e) {
            throw new UncheckedIOException("The demo folder cannot be written: " + appDirectory, e);
        } catch (UnlockException e) {
            throw new StoreException("The demo organisation cannot be opened (" + e.reason() + ")", e);
        }
    }

    /**
     * The "sign out and wipe this device" action. The person's own profile: everything the app wrote in its folder
     * goes (store, key files, evidence photos, shared files, drafts inside the store, the demo, the language and
     * display settings), all but {@link #PENDING_REVOCATION}. The demo: its folder and the shared files only, since
     * anyone can open the demo without the PIN.
     */
    public void wipe(String which) {
        try {
            if (OWN.equals(which)) {
                try (Stream<Path> children = Files.list(appDirectory)) {
                    for (Path child : children.toList()) {
                        if (!child.getFileName().toString().equals(PENDING_REVOCATION)) {
                            deleteTree(child);
                        }
                    }
                }
            } else {
                deleteTree(appDirectory.resolve(which));
                deleteTree(appDirectory.resolve(SHARED));
            }
        } catch (java.nio.file.NoSuchFileException e) {
            // nothing was ever written
        } catch (IOException e) {
            throw new UncheckedIOException("The profile could not be wiped: " + appDirectory, e);
        }
    }

    /** Deletes the files shared earlier (see {@link #SHARED}); a failure is logged, the next lock or unlock retries. */
    public void clearSharedFiles() {
        Path folder = appDirectory.resolve(SHARED);
        try {
            deleteTree(folder);
        } catch (IOException e) {
            LOG.warn("The shared files in {} could not all be deleted; the next lock or unlock tries again", folder, e);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
