package org.jalons.storage;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Turns the person's PIN or passphrase into the store's encryption key. New stores use Argon2id (memory-hard: each
 * guess of an attacker holding a copy of the folder costs the same memory as an unlock, which takes away most of a
 * GPU's advantage); stores made before keep PBKDF2-HMAC-SHA256, as their key file says, until the PIN is changed.
 * One derivation gives two halves: the file key handed to H2, and a verifier whose hash is kept beside the file, so
 * a wrong PIN is told apart from a damaged file without ever touching the data. See docs/APP.md, "What the PIN
 * protects".
 */
public final class KeyDerivation {
    public static final int DEFAULT_ITERATIONS = 210_000;
    static final int SALT_BYTES = 16;
    private static final int KEY_BYTES = 64;

    /** The function, recorded in the key file ({@code kdf}); a key file without it is PBKDF2 (older stores). */
    public enum Kdf {
        PBKDF2_SHA256,
        ARGON2ID
    }

    /**
     * How a store's key is derived. PBKDF2: {@code cost} iterations. Argon2id: {@code cost} passes over
     * {@code memoryKiB} KiB in {@code parallelism} lanes.
     */
    public record Parameters(Kdf kdf, int cost, int memoryKiB, int parallelism) {
        /**
         * For new stores: Argon2id, 48 MiB, 3 passes, 1 lane. 48 MiB fits the heap of a low-end phone; 3 passes make
         * one guess cost at least the CPU time of the PBKDF2 setting it replaces (OWASP's 19 MiB, 2 passes costs
         * half of it), and the memory takes away most of a GPU's advantage. Figures: docs/APP.md, KeyDerivationBench.
         */
        public static final Parameters FOR_NEW_STORES = argon2id(3, 48 * 1024, 1);

        public static Parameters pbkdf2(int iterations) {
            return new Parameters(Kdf.PBKDF2_SHA256, iterations, 0, 0);
        }

        public static Parameters argon2id(int passes, int memoryKiB, int parallelism) {
            return new Parameters(Kdf.ARGON2ID, passes, memoryKiB, parallelism);
        }

        /**
         * What makes these parameters unusable, or null. The bounds also keep a tampered key file from making an
         * unlock run out of memory or run for hours.
         */
        String problem() {
            if (kdf == null) {
                return "the key derivation is unknown";
            }
            return switch (kdf) {
                case PBKDF2_SHA256 -> cost < 1 || cost > 10_000_000 ? "the iteration count is out of range" : null;
                case ARGON2ID ->
                    cost < 1 || cost > 64
                            ? "the Argon2 pass count is out of range"
                            : parallelism < 1 || parallelism > 16
                                    ? "the Argon2 parallelism is out of range"
                                    : memoryKiB < 8 * parallelism || memoryKiB > 256 * 1024
                                            ? "the Argon2 memory is out of range"
                                            : null;
            };
        }
    }

    public record Keys(String filePassword, byte[] verifierHash) {}

    private KeyDerivation() {}

    public static byte[] newSalt() {
        byte[] salt = new byte[SALT_BYTES];
        new SecureRandom().nextBytes(salt);
        return salt;
    }

    /** PBKDF2-HMAC-SHA256 with {@code iterations}: the derivation of the stores made before Argon2id. */
    public static Keys derive(char[] secret, byte[] salt, int iterations) {
        return derive(secret, salt, Parameters.pbkdf2(iterations));
    }

    public static Keys derive(char[] secret, byte[] salt, Parameters parameters) {
        byte[] material = switch (parameters.kdf()) {
            case PBKDF2_SHA256 -> pbkdf2(secret, salt, parameters.cost());
            case ARGON2ID -> argon2id(secret, salt, parameters);
        };
        try {
            byte[] fileKey = Arrays.copyOfRange(material, 0, 32);
            byte[] verifier = Arrays.copyOfRange(material, 32, 64);
            Keys keys = new Keys(
                    HexFormat.of().formatHex(fileKey),
                    MessageDigest.getInstance("SHA-256").digest(verifier));
            Arrays.fill(fileKey, (byte) 0);
            Arrays.fill(verifier, (byte) 0);
            return keys;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        } finally {
            Arrays.fill(material, (byte) 0);
        }
    }

    private static byte[] pbkdf2(char[] secret, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(secret, salt, iterations, KEY_BYTES * 8);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(spec)
                    .getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JDK", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** Argon2id (RFC 9106, version 0x13) over the PIN's UTF-8 bytes. */
    private static byte[] argon2id(char[] secret, byte[] salt, Parameters parameters) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt)
                .withIterations(parameters.cost())
                .withMemoryAsKB(parameters.memoryKiB())
                .withParallelism(parameters.parallelism())
                .build());
        byte[] material = new byte[KEY_BYTES];
        generator.generateBytes(secret, material);
        return material;
    }

    public static boolean matches(Keys keys, byte[] expectedVerifierHash) {
        return MessageDigest.isEqual(keys.verifierHash(), expectedVerifierHash);
    }
}
