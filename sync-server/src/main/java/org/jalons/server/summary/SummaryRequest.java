package org.jalons.server.summary;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jalons.server.model.Refusal;

/**
 * A supervisor's question: a calendar month, quarter or year, and filters that nest: a site, or a
 * counsellor within a site (both for a calendar year only), or a theme alone. Parsed strictly: anything
 * unclear is a 400 with a sentence, never a guess. Free ranges and crossed filters are refused because
 * comparing overlapping answers would undo the hiding (PROTOCOL.md, "Figures that cannot be reversed").
 */
public record SummaryRequest(
        String period, LocalDate from, LocalDate to, String site, UUID counsellorId, String theme) {

    private static final java.util.regex.Pattern UUID_TEXT = java.util.regex.Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Set<String> PARAMETERS = Set.of("period", "from", "to", "site", "counsellorId", "theme");

    /** From query parameters (first value of each); {@code today} anchors a period without {@code from}. */
    public static SummaryRequest parse(Map<String, String> query, LocalDate today) {
        for (String name : query.keySet()) {
            if (!PARAMETERS.contains(name)) {
                throw Refusal.invalid(
                        "invalid_parameter",
                        "Unknown parameter " + name + ": use period, from, to, site, counsellorId, theme.");
            }
        }
        String period = query.getOrDefault("period", "quarter");
        LocalDate from = date(query.get("from"), "from");
        LocalDate to = date(query.get("to"), "to");
        switch (period) {
            case "month", "quarter", "year" -> {
                if (to != null) {
                    throw period("to is not accepted: a " + period + " ends by itself (calendar periods only).");
                }
                LocalDate start = from != null ? from : unitStart(period, today);
                if (!start.equals(unitStart(period, start))) {
                    throw period(
                            "from must be the first day of a " + period + " (e.g. " + unitStart(period, start) + ").");
                }
                from = start;
                to = switch (period) {
                    case "month" -> start.plusMonths(1).minusDays(1);
                    case "quarter" -> start.plusMonths(3).minusDays(1);
                    default -> start.plusYears(1).minusDays(1);
                };
            }
            default -> throw period("period must be month, quarter or year (calendar periods only).");
        }
        String site = query.get("site");
        if (site != null && (site.isBlank() || site.length() > 120)) {
            throw Refusal.invalid("invalid_filter", "site must be a site name of this organisation.");
        }
        UUID counsellorId = null;
        if (query.get("counsellorId") != null) {
            if (!UUID_TEXT.matcher(query.get("counsellorId")).matches()) {
                throw Refusal.invalid("invalid_filter", "counsellorId must be a counsellor's id (a UUID).");
            }
            counsellorId = UUID.fromString(query.get("counsellorId"));
        }
        String theme = query.get("theme");
        if (theme != null && (theme.isBlank() || theme.length() > 140)) {
            throw Refusal.invalid("invalid_filter", "theme must be a goal theme code.");
        }
        if (theme != null && (site != null || counsellorId != null)) {
            throw Refusal.invalid(
                    "invalid_filter",
                    "theme is answered for the whole organisation only:"
                            + " give theme alone, or site (and counsellorId) without theme.");
        }
        if (counsellorId != null && site == null) {
            throw Refusal.invalid("invalid_filter", "counsellorId is answered within a site: give site too.");
        }
        if (site != null && !period.equals("year")) {
            throw Refusal.invalid(
                    "invalid_filter",
                    "A site or a counsellor is answered for a calendar year only:" + " use period=year.");
        }
        return new SummaryRequest(period, from, to, site == null ? null : site.strip(), counsellorId, theme);
    }

    public int fromMonth() {
        return from.getYear() * 12 + from.getMonthValue() - 1;
    }

    public int toMonth() {
        return to.getYear() * 12 + to.getMonthValue() - 1;
    }

    public boolean multiMonth() {
        return toMonth() > fromMonth();
    }

    public boolean filtered() {
        return site != null || counsellorId != null || theme != null;
    }

    private static LocalDate unitStart(String period, LocalDate day) {
        return switch (period) {
            case "month" -> day.withDayOfMonth(1);
            case "quarter" -> LocalDate.of(day.getYear(), ((day.getMonthValue() - 1) / 3) * 3 + 1, 1);
            default -> LocalDate.of(day.getYear(), 1, 1);
        };
    }

    private static LocalDate date(String text, String name) {
        if (text == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text);
            if (date.getYear() < 1990 || date.getYear() > 2200) {
                throw period(name + " must be a date between 1990 and 2200.");
            }
            return date;
        } catch (DateTimeParseException e) {
            throw period(name + " must be a date written YYYY-MM-DD.");
        }
    }

    private static Refusal period(String message) {
        return Refusal.invalid("invalid_period", message);
    }
}
