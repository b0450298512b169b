package org.jalons.protocol;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * What a pairing QR code holds: {@code jalons://pair?server=<url>&code=<code>}. A phone that scans it (or a person
 * who pastes it) gets both the server address and the one-time code. Made by the app (a counsellor's or an admin's
 * code for another phone) and by the server's {@code bootstrap --url} (the first admin's code, on the terminal).
 */
public record PairingLink(String server, String code) {
    public static final String PREFIX = "jalons://pair?";

    public String uri() {
        return PREFIX + "server=" + URLEncoder.encode(server, StandardCharsets.UTF_8) + "&code="
                + URLEncoder.encode(code, StandardCharsets.UTF_8);
    }

    /** Reads a pairing link; anything else (a bare code, a web address) is not one. */
    public static Optional<PairingLink> parse(String text) {
        if (text == null || !text.strip().toLowerCase(Locale.ROOT).startsWith(PREFIX)) {
            return Optional.empty();
        }
        String query;
        try {
            query = URI.create(text.strip()).getRawQuery();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String server = null;
        String code = null;
        for (String pair : query == null ? new String[0] : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            switch (pair.substring(0, eq)) {
                case "server" -> server = value;
                case "code" -> code = value;
                default -> {}
            }
        }
        return server == null || code == null || server.isBlank() || code.isBlank()
                ? Optional.empty()
                : Optional.of(new PairingLink(server, code));
    }
}
