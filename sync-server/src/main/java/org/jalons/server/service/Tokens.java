package org.jalons.server.service;

import java.security.SecureRandom;
import java.util.Base64;
import org.jalons.server.model.Json;

/** Random pairing codes and device tokens, and the hashes the server keeps instead of them. */
public final class Tokens {

    static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    static final int CODE_LENGTH = 8;

    private final SecureRandom random = new SecureRandom();

    public String newPairingCode() {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    public String newDeviceToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String secret) {
        return Json.sha256Hex(secret);
    }
}
