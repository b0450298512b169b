package org.jalons.storage;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Turns the person's PIN or passphrase into the store's encryption key with PBKDF2-HMAC-SHA256 (JDK only).
 * One derivation gives two halves: the file key handed to H2, and a verifier whose hash is kept beside the
 * file, so a wrong PIN is told apart from a damaged file without ever touching the data.
 */
public final class KeyDerivation {
    public static final int DEFAULT_ITERATIONS = 210_000;
    static final int SALT_BYTES = 16;

    public record Keys(String filePassword, byte[] verifierHash) {
    }

    private KeyDerivation() {
    }

    public static byte[] newSalt() {
        byte[] salt = new byte[SALT_BYTES];
        new SecureRandom().nextBytes(salt);
        return salt;
    }

    public static Keys derive(char[] secret, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(secret, salt, iterations, 512);
        try {
            byte[] material = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            byte[] fileKey = Arrays.copyOfRange(material, 0, 32);
            byte[] verifier = Arrays.copyOfRange(material, 32, 64);
            Keys keys = new Keys(HexFormat.of().formatHex(fileKey),
                    MessageDigest.getInstance("SHA-256").digest(verifier));
            Arrays.fill(material, (byte) 0);
            Arrays.fill(fileKey, (byte) 0);
            return keys;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JDK", e);
        } finally {
            spec.clearPassword();
        }
    }

    public static boolean matches(Keys keys, byte[] expectedVerifierHash) {
        return MessageDigest.isEqual(keys.verifierHash(), expectedVerifierHash);
    }
}
