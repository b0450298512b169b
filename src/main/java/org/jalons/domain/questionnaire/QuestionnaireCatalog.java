package org.jalons.domain.questionnaire;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

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

    /** A definition the server sent, checked like the bundled file. */
    public static Questionnaire parse(String json) throws IOException {
        Questionnaire q = JSON.readValue(json, Questionnaire.class);
        List<String> problems = problems(q);
        if (!problems.isEmpty()) {
            throw new IOException("Invalid questionnaire: " + String.join("; ", problems));
        }
        return q;
    }

    /** Writes a definition as the store keeps it and the server takes it. */
    public static String write(Questionnaire q) {
        try {
            return JSON.writeValueAsString(q);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> problems(Questionnaire q) {
        return q.definition().problems();
    }
}
