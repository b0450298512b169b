package org.jalons.syncui;

import org.jalons.ui.EasyRead;

/**
 * The words for each stable code the server refuses a request with ({@code {"error":"…"}}, PROTOCOL.md and
 * openapi.yaml): {@code sync.refusal.<code>}, in both languages and easy-read, each saying what to do next. The
 * server's own sentence (plain English, for logs) is never shown.
 */
public final class ServerRefusals {
    static final String PREFIX = "sync.refusal.";

    private ServerRefusals() {}

    /** The text key of a request's refusal code. */
    public static String key(String code) {
        return PREFIX + code;
    }

    /** The refusal in the person's words with its way out, or null when the server gave no code this app knows. */
    static String words(EasyRead texts, String code) {
        return code == null || !texts.messages().has(key(code)) ? null : texts.get(key(code));
    }
}
