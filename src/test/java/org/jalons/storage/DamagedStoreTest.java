package org.jalons.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.jalons.domain.Beneficiary;
import org.jalons.domain.Consent;
import org.jalons.protocol.Vocabulary.ConsentCategory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A damaged store is reported as such and kept exactly as it was: never repaired, overwritten or deleted. */
class DamagedStoreTest {
    @TempDir
    Path dir;

    EncryptedStore encrypted;
    Path data;
    Path key;

    @BeforeEach
    void storeWithSomePeople() {
        try (LocalStore store = TestStores.counsellorStore(dir)) {
            for (int i = 0; i < 150; i++) {
                UUID id = UUID.randomUUID();
                store.consents()
                        .save(new Consent(
                                UUID.randomUUID(),
                                id,
                                ConsentCategory.IDENTITY_CONTACT,
                                true,
                                Instant.parse("2026-01-05T09:00:00Z"),
                                "Camille Martin"));
                store.beneficiaries()
                        .save(new Beneficiary(
                                id,
                                "Personne " + i,
                                "x".repeat(300),
                                LocalDate.of(2026, 1, 5),
                                null,
                                null,
                                List.of(),
                                null,
                                null));
            }
        }
        encrypted = TestStores.encryptedStore(dir, TestStores.CLOCK);
        data = encrypted.dataFile();
        key = encrypted.keyFile();
    }

    UnlockException open() {
        return catchThrowableOfType(
                UnlockException.class,
                () -> encrypted.open(TestStores.PIN.clone()).close());
    }

    static byte[] garbage(byte[] bytes, int from, int to) {
        Random random = new Random(from);
        for (int i = Math.max(0, from); i < Math.min(bytes.length, to); i++) {
            bytes[i] = (byte) random.nextInt();
        }
        return bytes;
    }

    void assertDamagedAndKept(UnaryOperator<byte[]> damage) throws Exception {
        byte[] damaged = damage.apply(Files.readAllBytes(data));
        Files.write(data, damaged);
        List<String> filesBefore =
                Arrays.asList(dir.resolve(Profiles.OWN).toFile().list());

        UnlockException e = open();

        assertThat(e).as("opening a damaged store").isNotNull();
        assertThat(e.reason()).isEqualTo(UnlockException.Reason.CORRUPTED);
        assertThat(Files.readAllBytes(data))
                .as("the damaged file, byte for byte")
                .isEqualTo(damaged);
        assertThat(dir.resolve(Profiles.OWN).toFile().list()).containsExactlyInAnyOrderElementsOf(filesBefore);
        assertThat(open().reason()).as("a second try is no different").isEqualTo(UnlockException.Reason.CORRUPTED);
        assertThat(Files.readAllBytes(data)).isEqualTo(damaged);
    }

    /*
     * Damage that leaves no intact chunk. Damage confined to the newest chunks is not here on purpose: H2 then
     * opens the last intact version, which is how it recovers from a write cut short by a crash.
     */
    @ParameterizedTest(name = "garbage over {0}")
    @ValueSource(strings = {"both headers", "every 4 KiB block", "everything after the headers"})
    void garbageInTheDataFileIsReportedAndTheFileKeptByteForByte(String where) throws Exception {
        assertDamagedAndKept(b -> switch (where) {
            case "both headers" -> garbage(b, 0, 8192);
            case "every 4 KiB block" -> {
                for (int at = 8192; at < b.length; at += 4096) {
                    garbage(b, at, at + 512);
                }
                yield b;
            }
            default -> garbage(b, 8192, b.length);
        });
    }

    /**
     * A store this run closed is not read whole again at its next unlock (a second of decryption for a large
     * caseload), unless something changed the file since: then it is, and damage is still found.
     */
    @Test
    void aStoreClosedByThisRunIsReadWholeAgainOnlyIfTheFileChangedSince() throws Exception {
        int before = EncryptedStore.WHOLE_READS.get();
        assertThat(open()).isNull();
        assertThat(open()).isNull();
        assertThat(EncryptedStore.WHOLE_READS.get())
                .as("unchanged since this run closed it")
                .isEqualTo(before);

        Files.setLastModifiedTime(
                data, FileTime.from(Files.getLastModifiedTime(data).toInstant().plusSeconds(1)));
        assertThat(open()).isNull();
        assertThat(EncryptedStore.WHOLE_READS.get())
                .as("touched by something else")
                .isEqualTo(before + 1);

        byte[] bytes = Files.readAllBytes(data);
        Files.write(data, garbage(bytes, 8192, bytes.length)); // the same size, maybe within the same clock tick
        assertThat(open().reason()).isEqualTo(UnlockException.Reason.CORRUPTED);
        assertThat(EncryptedStore.WHOLE_READS.get()).isGreaterThan(before + 1);
    }

    @ParameterizedTest(name = "truncated to {0} bytes")
    @ValueSource(ints = {0, 100, 4096, 8192})
    void aTruncatedDataFileIsReportedAndKept(int length) throws Exception {
        assertDamagedAndKept(b -> Arrays.copyOf(b, length));
    }

    @Test
    void aMissingDataFileIsReportedAndNotRecreated() throws Exception {
        Files.delete(data);

        assertThat(open().reason()).isEqualTo(UnlockException.Reason.MISSING);
        assertThat(data).doesNotExist();
        assertThat(key).exists();
    }

    @Test
    void theDataFileOfAnotherStoreIsNotMistakenForThisOne() throws Exception {
        Path other = dir.resolve("other");
        try (LocalStore store = TestStores.counsellorStore(other)) {
            assertThat(store.beneficiaries().all()).isEmpty();
        }
        byte[] foreign = Files.readAllBytes(other.resolve(Profiles.OWN).resolve(EncryptedStore.DB_FILE));
        assertDamagedAndKept(b -> foreign);
    }

    @Test
    void aKeyFileThatIsNotJsonIsNamedAsTheProblem() throws Exception {
        byte[] before = Files.readAllBytes(data);
        Files.writeString(key, "{\"format\":1,\"salt\":\"AAAA");

        UnlockException e = open();

        assertThat(e.reason()).isEqualTo(UnlockException.Reason.KEY_FILE_DAMAGED);
        assertThat(e.getMessage()).contains(KeyFile.NAME).contains("not readable JSON");
        assertThat(Files.readAllBytes(data)).isEqualTo(before);
    }

    @Test
    void aKeyFileWithoutSaltIsNamedAsTheProblemInsteadOfCrashing() throws Exception {
        Files.writeString(key, "{\"format\":1,\"iterations\":1000,\"verifierHash\":null,\"failedAttempts\":0}");

        UnlockException e = open();

        assertThat(e.reason()).isEqualTo(UnlockException.Reason.KEY_FILE_DAMAGED);
        assertThat(e.getMessage()).contains("salt");
    }

    @Test
    void noKeyFileMeansNoProfileYet() throws Exception {
        Files.delete(key);

        assertThat(open().reason()).isEqualTo(UnlockException.Reason.NO_PROFILE);
        assertThat(data).exists();
    }

    @Test
    void anUndamagedStoreStillOpensAfterTheReadOnlyCheck() throws Exception {
        try (LocalStore store = TestStores.reopen(dir)) {
            assertThat(store.beneficiaries().all()).hasSize(150);
        }
    }
}
