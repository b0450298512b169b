package org.jalons.domain.questionnaire;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jalons.protocol.QuestionnaireDefinition;

/**
 * One version of a questionnaire, defined as data (PROTOCOL.md, "Questionnaires"): the bundled one until the first
 * sync, then those the organisation publishes. Texts are per language ("fr", "en"), with an easy-read (FALC) version
 * of each item and of each point of the scale. The rules it follows are the protocol's ({@link #definition()}).
 */
public record Questionnaire(
        String id, int version, Map<String, String> title, Map<String, String> intro, Scale scale, List<Item> items) {

    /** The answer scale: point 1 is the first of {@code points}. */
    public record Scale(List<Point> points) {}

    public record Point(Map<String, String> label, Map<String, String> easyLabel) {
        public String label(Locale locale, boolean easy) {
            return Questionnaire.pick(easy && easyLabel != null ? easyLabel : label, locale);
        }
    }

    public record Item(String id, Map<String, String> text, Map<String, String> easyRead, String pictogram) {
        public String text(Locale locale, boolean easy) {
            return Questionnaire.pick(easy && easyRead != null ? easyRead : text, locale);
        }
    }

    public String title(Locale locale) {
        return pick(title, locale);
    }

    public String intro(Locale locale) {
        return intro == null || intro.isEmpty() ? "" : pick(intro, locale);
    }

    /** The number of points of the scale: answers go from 1 to it. */
    public int points() {
        return scale.points().size();
    }

    /** The label of answer {@code value} (1 to {@link #points()}). */
    public String pointLabel(int value, Locale locale, boolean easy) {
        return scale.points().get(value - 1).label(locale, easy);
    }

    /** The same version as the protocol defines it, for its checks. */
    public QuestionnaireDefinition definition() {
        return new QuestionnaireDefinition(
                id,
                version,
                title,
                intro,
                scale == null || scale.points() == null
                        ? null
                        : new QuestionnaireDefinition.Scale(scale.points().stream()
                                .map(p ->
                                        p == null ? null : new QuestionnaireDefinition.Point(p.label(), p.easyLabel()))
                                .toList()),
                items == null
                        ? null
                        : items.stream()
                                .map(i -> i == null
                                        ? null
                                        : new QuestionnaireDefinition.Item(
                                                i.id(), i.text(), i.easyRead(), i.pictogram()))
                                .toList());
    }

    static String pick(Map<String, String> texts, Locale locale) {
        String text = texts.get(locale.getLanguage());
        return text != null && !text.isBlank()
                ? text
                : texts.getOrDefault("fr", texts.values().iterator().next());
    }
}
