package org.jalons.domain.questionnaire;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads questionnaire definitions and checks them, so a broken file is refused with a reason instead of half-loaded. */
public final class QuestionnaireCatalog {
    /** The project's own short power-to-act questionnaire. */
    public static final String POUVOIR_AGIR = "/org/jalons/questionnaires/pouvoir-agir-v1.json";

    private static final ObjectMapper JSON =
            new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private QuestionnaireCatalog() {}

    public static Questionnaire pouvoirAgir() {
        try (InputStream in = QuestionnaireCatalog.class.getResourceAsStream(POUVOIR_AGIR)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Questionnaire read(InputStream in) throws IOException {
        Questionnaire q = JSON.readValue(in, Questionnaire.class);
        List<String> problems = problems(q);
        if (!problems.isEmpty()) {
            throw new IOException("Invalid questionnaire: " + String.join("; ", problems));
        }
        return q;
    }

    static List<String> problems(Questionnaire q) {
        List<String> problems = new ArrayList<>();
        if (q.id() == null || q.id().isBlank() || q.id().length() > 64) {
            problems.add("id must be 1 to 64 characters");
        }
        if (q.version() < 1) {
            problems.add("version must be 1 or more");
        }
        if (q.title() == null || !q.title().containsKey("fr")) {
            problems.add("a French title is required");
        }
        if (q.items() == null || q.items().isEmpty()) {
            problems.add("at least one item is required");
            return problems;
        }
        Set<String> ids = new HashSet<>();
        for (Questionnaire.Item item : q.items()) {
            if (item.id() == null || !ids.add(item.id())) {
                problems.add("item ids must be present and unique: " + item.id());
            }
            if (item.text() == null || !item.text().containsKey("fr")) {
                problems.add("item " + item.id() + " needs a French text");
            }
        }
        return problems;
    }
}
