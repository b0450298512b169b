package org.jalons.supervisor;

import java.text.NumberFormat;
import java.util.Map;
import org.jalons.domain.Term;
import org.jalons.i18n.Messages;
import org.jalons.i18n.Numbers;
import org.jalons.protocol.Code;
import org.jalons.protocol.Vocabulary;

/**
 * The words and numbers of a summary, in the person's language: a hidden cell reads "< k" (or "masqué" when it is
 * hidden only to protect another), a row code its label
 * (theme, certification, barrier area, exit category), a rate a percentage.
 */
public final class SummaryFormat {
    /** Which vocabulary names a table's rows. */
    private static final Map<String, Class<? extends Enum<?>>> ROW_CODES = Map.of(
            "goals", Vocabulary.GoalTheme.class,
            "confidence", Vocabulary.GoalTheme.class,
            "trainingsByCertification", Vocabulary.Certification.class,
            "barriers", Vocabulary.BarrierArea.class,
            "exits", Vocabulary.ExitCategory.class,
            "followUps", Vocabulary.ExitCategory.class);

    private final Messages messages;

    /** The label of one of the organisation's own themes by its code (null: not one), for their rows. */
    private final java.util.function.Function<String, String> orgLabels;

    public SummaryFormat(Messages messages) {
        this(messages, code -> null);
    }

    public SummaryFormat(Messages messages, java.util.function.Function<String, String> orgLabels) {
        this.messages = messages;
        this.orgLabels = orgLabels;
    }

    /** "< 5" for a cell hidden as small, "masqué" for one hidden to protect another, "—" for nothing, else the figure. */
    public String value(SummaryData.Cell cell, String unit, int k) {
        if (cell.suppressed()) {
            return cell.masked() ? messages.get("summary.masked") : messages.get("summary.hidden", k);
        }
        if (cell.value() == null) {
            return messages.get("summary.none");
        }
        double v = cell.value();
        NumberFormat f = NumberFormat.getNumberInstance(messages.locale());
        return switch (unit) {
            case "RATE" -> {
                NumberFormat p = NumberFormat.getPercentInstance(messages.locale());
                yield p.format(v);
            }
            case "HOURS" -> {
                f.setMaximumFractionDigits(1);
                yield messages.get("summary.hours", f.format(v));
            }
            case "RATING", "SCORE" -> {
                f.setMaximumFractionDigits(1);
                f.setMinimumFractionDigits(1);
                yield Numbers.minus(f.format(v)); // a gap (person − counsellor) is often below zero
            }
            default -> {
                f.setMaximumFractionDigits(0);
                yield f.format(v);
            }
        };
    }

    /** "12 personnes" next to a figure; nothing for a hidden cell (its "< k" or "masqué" says it all). */
    public String people(SummaryData.Cell cell) {
        return cell.suppressed() ? "" : messages.get("summary.people", cell.people());
    }

    /** The label of a row code: a theme, a certification… a custom theme's own words; "Total". */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public String rowLabel(String table, String key) {
        if ("TOTAL".equals(key)) {
            return messages.get("summary.row.TOTAL");
        }
        if (key.startsWith(Term.CUSTOM_PREFIX)) {
            return key.substring(Term.CUSTOM_PREFIX.length());
        }
        Class<? extends Enum<?>> type = ROW_CODES.get(table);
        if (type != null) {
            for (Enum<?> constant : type.getEnumConstants()) {
                if (constant.name().equals(key)) {
                    return messages.label((Code) constant);
                }
            }
        }
        if ("trainingsByRncpLevel".equals(table) && key.matches("\\d")) {
            return messages.get("summary.row.level", key);
        }
        return switch (key) {
            case "ACTIVE", "INTERVIEWS", "ALL", "NON_RENSEIGNE", "OTHER", "UNKNOWN", "OTHER_CUSTOM" ->
                messages.get("summary.row." + key);
            default -> {
                String own = orgLabels.apply(key);
                yield own == null ? key : own;
            }
        };
    }

    /** A column's title in the person's language; the server's (English) title for a column this app does not know. */
    public String columnTitle(String table, SummaryData.Column column) {
        String key = "summary.column." + column.name();
        String text = messages.get(key);
        return text.equals(key) ? column.title() : text;
    }

    /** A table's title; the server's for a table this app does not know. */
    public String tableTitle(SummaryData.Table table) {
        String key = "summary.table." + table.name();
        String text = messages.get(key);
        return text.equals(key) ? table.title() : text;
    }

    /** What a table's figures mean and do not say, in the person's language when this app knows the table. */
    public String method(SummaryData.Table table) {
        String key = "summary.method." + table.name();
        String text = messages.get(key);
        return text.equals(key) ? table.method() : text;
    }
}
