package org.jalons.admin;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.jalons.i18n.Messages;
import org.jalons.ui.kit.DateFormats;

/** An audit line in words: each action the server writes ({@code admin.audit.action.<CODE>}), roles and kinds. */
final class AuditWords {
    private AuditWords() {}

    static String action(Messages messages, String code) {
        String key = "admin.audit.action." + code;
        return messages.has(key) ? messages.get(key) : messages.get("admin.audit.action.other");
    }

    static String role(Messages messages, String role) {
        String key = "admin.audit.role." + role;
        return role == null || role.isBlank() || !messages.has(key) ? "" : messages.get(key);
    }

    /** Who acted: the account and its role, or the server itself (an operator's command, a daily sweep). */
    static String who(Messages messages, AuditLine line) {
        if (line.userName().isBlank()) {
            return messages.get("admin.audit.server");
        }
        String role = role(messages, line.userRole());
        return role.isEmpty() ? line.userName() : messages.get("admin.audit.who", line.userName(), role);
    }

    /** What the line is about: a kind of record (the sync's words), an account, a device, the settings; or "". */
    static String kind(Messages messages, String kind) {
        if (kind == null || kind.isBlank()) {
            return "";
        }
        String record = "sync.kind." + kind;
        if (messages.has(record)) {
            return messages.get(record);
        }
        String other = "admin.audit.kind." + kind;
        return messages.has(other) ? messages.get(other) : "";
    }

    static String device(Messages messages, AuditLine line) {
        return line.deviceName().isBlank() ? messages.get("admin.audit.noDevice") : line.deviceName();
    }

    static String when(Messages messages, AuditLine line, ZoneId zone) {
        return DateFormats.dateTime(ZonedDateTime.ofInstant(line.at(), zone), messages.locale());
    }
}
