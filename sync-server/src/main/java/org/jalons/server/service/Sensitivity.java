package org.jalons.server.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which consent a record's content needs (GDPR art. 9/10, PROTOCOL.md "Sensitive data"). A record stores one
 * category; a record derived from others (a conflict, its resolution, a step of a health goal) takes the most
 * sensitive of its sources and never loses it.
 */
public final class Sensitivity {

    /** From least to most sensitive: justice data (art. 10) is held under stricter terms than health data. */
    static final List<String> ORDER = List.of("HEALTH", "JUSTICE");

    /** The consent a beneficiary's {@code contact} (phone, address) needs; not a category of records. */
    static final String IDENTITY_CONTACT = "IDENTITY_CONTACT";

    /** Eligibility codes that tell a health condition or a prison term. */
    static final Map<String, String> ELIGIBILITY =
            Map.of("RQTH", "HEALTH", "AAH", "HEALTH", "SORTANT_DETENTION", "JUSTICE");

    /** Kinds that say something about the goal they are linked to by goalId. */
    static final Set<String> LINKED_TO_GOAL = Set.of("goalStep", "checkIn", "training");

    private Sensitivity() {}

    /** The category a record's own content falls under (null if none); links and derivations come on top. */
    static String of(String kind, ObjectNode state) {
        return switch (kind) {
            case "barrier" -> {
                String area = state.path("area").asText();
                String category = "SANTE".equals(area) ? "HEALTH" : "JUSTICE".equals(area) ? "JUSTICE" : null;
                boolean saysSomething =
                        !"NON_EXPLORE".equals(state.path("status").asText())
                                || !state.path("note").asText("").isBlank();
                yield category != null && saysSomething ? category : null;
            }
            case "goal" -> "SANTE".equals(state.path("theme").asText()) ? "HEALTH" : null;
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
            return "SANTE".equals(code) ? "HEALTH" : "JUSTICE".equals(code) ? "JUSTICE" : null;
        }
        return "goal".equals(kind) && "theme".equals(field) && "SANTE".equals(code) ? "HEALTH" : null;
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
