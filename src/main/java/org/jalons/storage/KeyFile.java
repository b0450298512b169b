package org.jalons.storage;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;

/**
 * What sits unencrypted beside the store: the salt, the key derivation and its parameters, the verifier hash and the
 * count of failed unlocks. No name, no data. Written atomically so that a crash never leaves half a file.
 * {@code iterations} is PBKDF2's iteration count or Argon2id's pass count; {@code kdf} is absent from the key files
 * of stores made before Argon2id (PBKDF2), {@code memoryKiB} and {@code parallelism} are Argon2id's.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record KeyFile(
        int format,
        byte[] salt,
        int iterations,
        byte[] verifierHash,
        int failedAttempts,
        Instant lastFailureAt,
        KeyDerivation.Kdf kdf,
        Integer memoryKiB,
        Integer parallelism) {

    public static final String NAME = "jalons-key.json";

    static final int FORMAT = 1;

    /** A new key file for a key derived with {@code parameters}. */
    static KeyFile of(KeyDerivation.Parameters parameters, byte[] salt, byte[] verifierHash) {
        boolean argon2 = parameters.kdf() == KeyDerivation.Kdf.ARGON2ID;
        return new KeyFile(
                FORMAT,
                salt,
                parameters.cost(),
                verifierHash,
                0,
                null,
                parameters.kdf(),
                argon2 ? parameters.memoryKiB() : null,
                argon2 ? parameters.parallelism() : null);
    }

    /** How this store's key is derived, as the key file records it. */
    KeyDerivation.Parameters parameters() {
        if (kdf == null || kdf == KeyDerivation.Kdf.PBKDF2_SHA256) {
            return KeyDerivation.Parameters.pbkdf2(iterations);
        }
        return KeyDerivation.Parameters.argon2id(
                iterations, memoryKiB == null ? 0 : memoryKiB, parallelism == null ? 0 : parallelism);
    }

    /** What makes this key file unusable, or null: a damaged file must be named, not fail with a NullPointerException. */
    String problem() {
        if (format != FORMAT) {
            return "unknown format " + format;
        }
        if (salt == null || salt.length < KeyDerivation.SALT_BYTES) {
            return "the salt is missing or too short";
        }
        if (iterations < 1) {
            return "the iteration count is missing";
        }
        String parametersProblem = parameters().problem();
        if (parametersProblem != null) {
            return parametersProblem;
        }
        if (verifierHash == null || verifierHash.length != 32) {
            return "the verifier is missing or has the wrong length";
        }
        if (failedAttempts < 0) {
            return "the count of failed attempts is negative";
        }
        return null;
    }

    public KeyFile withFailure(Instant at) {
        return new KeyFile(format, salt, iterations, verifierHash, failedAttempts + 1, at, kdf, memoryKiB, parallelism);
    }

    public KeyFile withSuccess() {
        return new KeyFile(format, salt, iterations, verifierHash, 0, null, kdf, memoryKiB, parallelism);
    }

    static KeyFile read(Path file) throws IOException {
        return Json.MAPPER.readValue(file.toFile(), KeyFile.class);
    }

    void write(Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Json.MAPPER.writeValue(tmp.toFile(), this);
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
