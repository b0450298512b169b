package org.jalons.server.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jalons.server.model.Principal;
import org.jalons.server.model.Refusal;
import org.jalons.server.store.AuditLog;
import org.jalons.server.store.Database;
import org.jalons.server.store.Stores;
import org.jalons.server.summary.CsvCells;

/**
 * The admin's audit viewer: the organisation's log filtered by person, user, device, action and period, newest
 * first, a page at a time, and the same as CSV. Looking is itself logged (READ_AUDIT, EXPORT_AUDIT): who read the
 * log about whom is in the log.
 */
public final class AuditViewer {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;
    /** The most lines one CSV export holds; a longer log is exported a period at a time. */
    public static final int MAX_EXPORT = 100_000;

    private static final Set<String> PARAMETERS =
            Set.of("person", "user", "device", "action", "from", "to", "before", "limit");
    private static final Pattern ACTION = Pattern.compile("[A-Z_]{1,32}");
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT
            .builder()
            .setDelimiter(';')
            .setRecordSeparator("\r\n")
            .get();

    /** A page (each line as its JSON fields) and the {@code before} value of the next one (null: the oldest). */
    public record Page(List<Map<String, Object>> lines, Long next) {}

    private final Database db;
    private final Stores stores;
    private final Clock clock;

    public AuditViewer(Database db, Stores stores, Clock clock) {
        this.db = db;
        this.stores = stores;
        this.clock = clock;
    }

    public Page page(Principal admin, Map<String, String> query) {
        Accounts.requireAdmin(admin);
        AuditLog.Filter filter = filter(query);
        Long before = query.get("before") == null ? null : number(query.get("before"), "before", 1, Long.MAX_VALUE);
        int limit =
                query.get("limit") == null ? DEFAULT_LIMIT : (int) number(query.get("limit"), "limit", 1, MAX_LIMIT);
        return db.inTransaction(c -> {
            List<AuditLog.Line> lines = stores.audit().page(c, admin.organisationId(), filter, before, limit + 1);
            boolean more = lines.size() > limit;
            List<AuditLog.Line> shown = more ? lines.subList(0, limit) : lines;
            logRead(c, admin, "READ_AUDIT", filter);
            return new Page(
                    shown.stream().map(AuditViewer::json).toList(),
                    more ? shown.get(shown.size() - 1).id() : null);
        });
    }

    /** The filtered log as CSV (UTF-8 with BOM, ';', no cell read as a formula), newest first. */
    public byte[] csv(Principal admin, Map<String, String> query) {
        Accounts.requireAdmin(admin);
        if (query.containsKey("before") || query.containsKey("limit")) {
            throw Refusal.invalid("invalid_parameter", "The CSV export takes the filters only, not before or limit.");
        }
        AuditLog.Filter filter = filter(query);
        return db.inTransaction(c -> {
            List<AuditLog.Line> lines = stores.audit().page(c, admin.organisationId(), filter, null, MAX_EXPORT + 1);
            if (lines.size() > MAX_EXPORT) {
                throw Refusal.invalid(
                        "too_many_lines",
                        "More than " + MAX_EXPORT + " lines match: export a shorter period (from, to).");
            }
            logRead(c, admin, "EXPORT_AUDIT", filter);
            return write(lines);
        });
    }

    private void logRead(Connection c, Principal admin, String action, AuditLog.Filter filter) throws SQLException {
        stores.audit()
                .append(
                        c,
                        admin.organisationId(),
                        new AuditLog.Entry(
                                admin.userId(),
                                admin.deviceId(),
                                clock.instant(),
                                action,
                                "audit",
                                filter.beneficiaryId() != null ? filter.beneficiaryId() : admin.organisationId(),
                                null,
                                null,
                                filter.beneficiaryId()));
    }

    private static AuditLog.Filter filter(Map<String, String> query) {
        for (String name : query.keySet()) {
            if (!PARAMETERS.contains(name)) {
                throw Refusal.invalid("invalid_parameter", "Unknown parameter " + name + ".");
            }
        }
        String action = query.get("action");
        if (action != null && !ACTION.matcher(action).matches()) {
            throw Refusal.invalid("invalid_parameter", "action must be an action code such as UPDATE or PAIR.");
        }
        LocalDate from = date(query.get("from"), "from");
        LocalDate to = date(query.get("to"), "to");
        if (from != null && to != null && to.isBefore(from)) {
            throw Refusal.invalid("invalid_parameter", "to must not be before from.");
        }
        return new AuditLog.Filter(
                uuid(query.get("person"), "person"),
                uuid(query.get("user"), "user"),
                uuid(query.get("device"), "device"),
                action,
                from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private static UUID uuid(String text, String name) {
        if (text == null) {
            return null;
        }
        try {
            if (text.length() != 36) {
                throw new IllegalArgumentException();
            }
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("invalid_parameter", name + " must be an id.");
        }
    }

    private static LocalDate date(String text, String name) {
        if (text == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text);
            if (date.getYear() < 2000 || date.getYear() > 2999) {
                throw Refusal.invalid("invalid_parameter", name + " must be a date between 2000 and 2999.");
            }
            return date;
        } catch (DateTimeParseException e) {
            throw Refusal.invalid("invalid_parameter", name + " must be a date written 2026-12-31.");
        }
    }

    private static long number(String text, String name, long min, long max) {
        try {
            long value = Long.parseLong(text);
            if (value < min || value > max) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw Refusal.invalid(
                    "invalid_parameter", name + " must be a whole number from " + min + " to " + max + ".");
        }
    }

    private static byte[] write(List<AuditLog.Line> lines) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(0xEF);
        bytes.write(0xBB);
        bytes.write(0xBF);
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
            printer.printRecord(
                    "date (UTC)",
                    "action",
                    "sur",
                    "fiche",
                    "personne",
                    "compte",
                    "nom du compte",
                    "rôle",
                    "appareil",
                    "nom de l’appareil");
            for (AuditLog.Line line : lines) {
                printer.printRecord(
                        line.loggedAt().toString(),
                        line.action(),
                        line.kind(),
                        text(line.recordId()),
                        text(line.beneficiaryId()),
                        text(line.userId()),
                        CsvCells.safe(line.userName() == null ? "" : line.userName()),
                        line.userRole() == null ? "" : line.userRole(),
                        text(line.deviceId()),
                        CsvCells.safe(line.deviceName() == null ? "" : line.deviceName()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static Map<String, Object> json(AuditLog.Line line) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", line.id());
        json.put("at", line.loggedAt().toString());
        json.put("action", line.action());
        json.put("kind", line.kind());
        json.put("recordId", line.recordId());
        json.put("personId", line.beneficiaryId());
        json.put("userId", line.userId());
        json.put("userName", line.userName());
        json.put("userRole", line.userRole());
        json.put("deviceId", line.deviceId());
        json.put("deviceName", line.deviceName());
        return json;
    }

    private static String text(UUID id) {
        return id == null ? "" : id.toString();
    }
}
