package org.jalons.server.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jalons.protocol.Code;
import org.jalons.protocol.Vocabulary.BarrierArea;
import org.jalons.protocol.Vocabulary.ConsentCategory;
import org.jalons.protocol.Vocabulary.Eligibility;
import org.jalons.protocol.Vocabulary.GoalTheme;

/**
 * Which consent a record's content needs (GDPR art. 9/10, PROTOCOL.md "Sensitive data"). A record stores one
 * category; a record derived from others (a conflict, its resolution, a step of a health goal) takes the most
 * sensitive of its sources and never loses it.
 */
public final class Sensitivity {

    /** From least to most sensitive: justice data (art. 10) is held under stricter terms than health data. */
    static final List<String> ORDER = List.of(ConsentCategory.HEALTH.code(), ConsentCategory.JUSTICE.code());

    /**
     * The consent a beneficiary's {@code contact}, {@code phone} and {@code address} need
     * ({@link org.jalons.protocol.RecordSchema#CONTACT_FIELDS}); not a category of records.
     */
    static final String IDENTITY_CONTACT = ConsentCategory.IDENTITY_CONTACT.code();

    /** The fields of a beneficiary record that need {@link #IDENTITY_CONTACT}. */
    static final Set<String> CONTACT_FIELDS = org.jalons.protocol.RecordSchema.CONTACT_FIELDS;

    /** Eligibility codes that tell a health condition or a prison term, with the consent they need. */
    static final Map<String, String> ELIGIBILITY = sensitive(Eligibility.values(), Eligibility::sensitiveCategory);

    /** Barrier areas that are health or justice data. */
    private static final Map<String, String> AREAS = sensitive(BarrierArea.values(), BarrierArea::sensitiveCategory);

    /** Goal themes that are health data. */
    private static final Map<String, String> THEMES = sensitive(GoalTheme.values(), GoalTheme::sensitiveCategory);

    /** Kinds that say something about the goal they are linked to by goalId. */
    static final Set<String> LINKED_TO_GOAL = Set.of("goalStep", "checkIn", "training", "sharedWord");

    private Sensitivity() {}

    /** The category a record's own content falls under (null if none); links and derivations come on top. */
    static String of(String kind, ObjectNode state) {
        return switch (kind) {
            case "barrier" -> {
                String category = AREAS.get(state.path("area").asText());
                boolean saysSomething =
                        !"NON_EXPLORE".equals(state.path("status").asText())
                                || !state.path("note").asText("").isBlank();
                yield category != null && saysSomething ? category : null;
            }
            case "goal" -> THEMES.get(state.path("theme").asText());
            case "beneficiary" -> eligibilityCategories(state).stream().reduce(null, Sensitivity::most);
            default -> null;
        };
    }

    /**
     * The category one value of a field can reveal on its own, whatever the rest of the record (a conflict holds the
     * value without the record): a barrier's area, a goal's theme.
     */
    static String ofValue(String kind, String field, JsonNode value) {
        String code = value.asText();
        if ("barrier".equals(kind) && "area".equals(field)) {
            return AREAS.get(code);
        }
        return "goal".equals(kind) && "theme".equals(field) ? THEMES.get(code) : null;
    }

    /** The categories the eligibility codes of a beneficiary record reveal, sorted. */
    static Set<String> eligibilityCategories(ObjectNode beneficiary) {
        return codeCategories(beneficiary.path("eligibility"));
    }

    /** The categories revealed by eligibility codes anywhere in a value (a list, or a conflict's JSON value). */
    static Set<String> codeCategories(JsonNode value) {
        Set<String> categories = new TreeSet<>();
        if (value.isTextual() && ELIGIBILITY.containsKey(value.asText())) {
            categories.add(ELIGIBILITY.get(value.asText()));
        }
        for (JsonNode element : value) {
            categories.addAll(codeCategories(element));
        }
        return categories;
    }

    /** The codes of a vocabulary that need a consent, each with its category (PROTOCOL.md, "Sensitive data"). */
    private static <C extends Code> Map<String, String> sensitive(C[] codes, Function<C, ConsentCategory> category) {
        Map<String, String> sensitive = new LinkedHashMap<>();
        for (C code : codes) {
            if (category.apply(code) != null) {
                sensitive.put(code.code(), category.apply(code).code());
            }
        }
        return Map.copyOf(sensitive);
    }

    /** The more sensitive of two categories (null = none). */
    static String most(String a, String b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b;
    }
}
