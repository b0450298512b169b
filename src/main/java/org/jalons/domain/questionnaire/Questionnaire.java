package org.jalons.domain.questionnaire;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A questionnaire defined as data, so an organisation can load another one it holds the rights to.
 * Texts are per language ("fr", "en"), with an easy-read (FALC) version of each item.
 */
public record Questionnaire(
        String id, int version, Map<String, String> title, Map<String, String> intro, List<Item> items) {

    public record Item(String id, Map<String, String> text, Map<String, String> easyRead, String pictogram) {
        public String text(Locale locale, boolean easy) {
            return Questionnaire.pick(easy && easyRead != null ? easyRead : text, locale);
        }
    }

    public String title(Locale locale) {
        return pick(title, locale);
    }

    public String intro(Locale locale) {
        return pick(intro, locale);
    }

    static String pick(Map<String, String> texts, Locale locale) {
        String text = texts.get(locale.getLanguage());
        return text != null
                ? text
                : texts.getOrDefault("fr", texts.values().iterator().next());
    }
}
