package org.jalons.server.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Seed inputs are written once but run against a fresh organisation every time: they name its ids with
 * placeholders ({@code $P} the person, {@code $G} their goal, {@code $X} their exit) and ask for fresh ids with
 * {@code $N0} to {@code $N9} (the same digit is the same id within one input). Replaced at the byte level, so a
 * fuzzed input that is not UTF-8 stays exactly as the fuzzer made it.
 */
final class Placeholders {

    private Placeholders() {}

    static byte[] fill(byte[] input, Map<String, String> named) {
        Map<Character, String> fresh = new HashMap<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream(input.length + 64);
        for (int i = 0; i < input.length; i++) {
            if (input[i] == '$' && i + 1 < input.length) {
                char next = (char) input[i + 1];
                if (next == 'N' && i + 2 < input.length && input[i + 2] >= '0' && input[i + 2] <= '9') {
                    String id = fresh.computeIfAbsent(
                            (char) input[i + 2], d -> UUID.randomUUID().toString());
                    out.writeBytes(id.getBytes(StandardCharsets.US_ASCII));
                    i += 2;
                    continue;
                }
                String value = named.get("$" + next);
                if (value != null) {
                    out.writeBytes(value.getBytes(StandardCharsets.UTF_8));
                    i += 1;
                    continue;
                }
            }
            out.write(input[i]);
        }
        return out.toByteArray();
    }
}
