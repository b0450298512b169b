package org.jalons.storage;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;

/**
 * What sits unencrypted beside the store: the salt, the iteration count, the verifier hash and the count of
 * failed unlocks. No name, no data. Written atomically so that a crash never leaves half a file.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record KeyFile(int format, byte[] salt, int iterations, byte[] verifierHash, int failedAttempts,
                      Instant lastFailureAt) {

    public static final String NAME = "jalons-key.json";

    static final int FORMAT = 1;

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
        if (verifierHash == null || verifierHash.length != 32) {
            return "the verifier is missing or has the wrong length";
        }
        if (failedAttempts < 0) {
            return "the count of failed attempts is negative";
        }
        return null;
    }

    public KeyFile withFailure(Instant at) {
        return new KeyFile(format, salt, iterations, verifierHash, failedAttempts + 1, at);
    }

    public KeyFile withSuccess() {
        return new KeyFile(format, salt, iterations, verifierHash, 0, null);
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
