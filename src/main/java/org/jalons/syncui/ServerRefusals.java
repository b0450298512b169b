package org.jalons.syncui;

import java.util.Set;

/**
 * The words for each stable code the server refuses a request with ({@code {"error":"…"}}, PROTOCOL.md and
 * openapi.yaml): {@code sync.refusal.<code>}, in both languages and easy-read, each saying what to do next. The
 * server's own sentence (plain English, for logs) is never shown.
 */
public final class ServerRefusals {
    static final String PREFIX = "sync.refusal.";

    /** A refused change with one of these codes fails again if sent as it is: it is fixed or given up instead. */
    static final Set<String> FAIL_AGAIN =
            Set.of("invalid_change", "invalid_text", "not_found", "forbidden_write", "change_id_reused");

    private ServerRefusals() {}

    /** The text key of a request's refusal code. */
    public static String key(String code) {
        return PREFIX + code;
    }

    /** Whether sending the refused change again, unchanged, can succeed (after a consent, or the phone's clock). */
    static boolean retryCanSucceed(String error) {
        return error == null || !FAIL_AGAIN.contains(error);
    }
}
