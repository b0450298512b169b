package org.jalons.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jalons.protocol.Vocabulary.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * New stores derive their key with Argon2id, recorded in the key file with its parameters; stores made before (PBKDF2,
 * a key file without {@code kdf}) keep opening, and move to Argon2id when their PIN is changed.
 */
class KeyDerivationChoiceTest {
    private static final char[] PIN = "482913".toCharArray();
    private static final char[] NEW_PIN = "730164".toCharArray();
    /** Small, so that the test runs fast; the app's setting is {@link KeyDerivation.Parameters#FOR_NEW_STORES}. */
    private static final KeyDerivation.Parameters ARGON2 = KeyDerivation.Parameters.argon2id(1, 1024, 1);

    @TempDir
    Path dir;

    @Test
    void theAppsNewStoresUseArgon2idWithTheParametersRecordedInTheKeyFile() throws Exception {
        Profiles profiles = new Profiles(dir);
        profiles.create("Samia B.", Role.BENEFICIARY, PIN.clone()).close();

        KeyFile key = KeyFile.read(profiles.own().keyFile());
        assertThat(key.kdf()).isEqualTo(KeyDerivation.Kdf.ARGON2ID);
        assertThat(key.parameters()).isEqualTo(KeyDerivation.Parameters.FOR_NEW_STORES);
        assertThat(key.memoryKiB()).isEqualTo(48 * 1024);
        profiles.unlock(PIN.clone()).close();
        assertThat(catchThrowableOfType(UnlockException.class, () -> profiles.unlock(NEW_PIN.clone()))
                        .reason())
                .isEqualTo(UnlockException.Reason.WRONG_PIN);
    }

    @Test
    void aStoreMadeBeforeArgon2idStillOpensAndMovesToArgon2idWhenItsPinChanges() throws Exception {
        new Profiles(dir, TestStores.CLOCK, 1000)
                .create("Samia B.", Role.BENEFICIARY, PIN.clone())
                .close();
        Path keyFile = dir.resolve(Profiles.OWN).resolve(KeyFile.NAME);
        // Exactly what the older app wrote: no kdf, no Argon2 fields.
        Map<String, Object> older = Json.readMap(Files.readString(keyFile));
        older.keySet()
                .retainAll(java.util.Set.of(
                        "format", "salt", "iterations", "verifierHash", "failedAttempts", "lastFailureAt"));
        Files.writeString(keyFile, Json.write(older), StandardCharsets.UTF_8);

        Profiles now = new Profiles(dir, TestStores.CLOCK, ARGON2);
        now.unlock(PIN.clone()).close();
        assertThat(KeyFile.read(keyFile).parameters()).isEqualTo(KeyDerivation.Parameters.pbkdf2(1000));

        now.own().changeSecret(PIN.clone(), NEW_PIN.clone());
        assertThat(KeyFile.read(keyFile).parameters()).isEqualTo(ARGON2);
        now.unlock(NEW_PIN.clone()).close();
        assertThat(catchThrowableOfType(UnlockException.class, () -> now.unlock(PIN.clone()))
                        .reason())
                .isEqualTo(UnlockException.Reason.WRONG_PIN);
    }

    @Test
    void theArgon2ParametersMatterAndATamperedKeyFileIsRefusedNotRunOutOfMemory() throws Exception {
        byte[] salt = KeyDerivation.newSalt();
        assertThat(KeyDerivation.derive(PIN, salt, ARGON2).filePassword())
                .isEqualTo(KeyDerivation.derive(PIN, salt, ARGON2).filePassword())
                .isNotEqualTo(KeyDerivation.derive(PIN, salt, KeyDerivation.Parameters.argon2id(1, 2048, 1))
                        .filePassword())
                .isNotEqualTo(KeyDerivation.derive(PIN, salt, KeyDerivation.Parameters.argon2id(2, 1024, 1))
                        .filePassword());

        Profiles profiles = new Profiles(dir, TestStores.CLOCK, ARGON2);
        profiles.create("Samia B.", Role.BENEFICIARY, PIN.clone()).close();
        Path keyFile = profiles.own().keyFile();
        Map<String, Object> tampered = Json.readMap(Files.readString(keyFile));
        tampered.put("memoryKiB", 64 * 1024 * 1024); // 64 GiB
        Files.writeString(keyFile, Json.write(tampered), StandardCharsets.UTF_8);

        UnlockException refused = catchThrowableOfType(UnlockException.class, () -> profiles.unlock(PIN.clone()));
        assertThat(refused.reason()).isEqualTo(UnlockException.Reason.KEY_FILE_DAMAGED);
        assertThat(refused.getMessage()).contains("Argon2 memory");
    }
}
