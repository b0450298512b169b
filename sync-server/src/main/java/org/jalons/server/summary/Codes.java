package org.jalons.server.summary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;
import org.jalons.protocol.Code;
import org.jalons.protocol.FieldShape;
import org.jalons.protocol.RecordSchema;
import org.jalons.protocol.Vocabulary;

/**
 * The code lists the summary lays out as rows, in the order of {@link Vocabulary} (the order of PROTOCOL.md and of
 * the app's lists), followed by the summary's own rows: {@code CUSTOM} (the {@code custom:} values) and
 * {@code NON_RENSEIGNE} (a follow-up without a situation).
 */
final class Codes {

    static final List<String> THEMES = codes(Vocabulary.GoalTheme.values());
    static final List<String> CERTIFICATIONS = with(codes(Vocabulary.Certification.values()), "CUSTOM");
    /** The levels a training's {@code rncpLevel} may take (3 to 8). */
    static final List<String> RNCP_LEVELS =
            levels(RecordSchema.TRAINING.fields().get("rncpLevel"));

    static final List<String> AREAS = with(codes(Vocabulary.BarrierArea.values()), "CUSTOM");
    static final List<String> EXIT_CATEGORIES = codes(Vocabulary.ExitCategory.values());
    static final List<String> SITUATIONS = with(EXIT_CATEGORIES, "NON_RENSEIGNE");

    private Codes() {}

    static List<String> codes(Code[] vocabulary) {
        return Arrays.stream(vocabulary).map(Code::code).toList();
    }

    private static List<String> with(List<String> codes, String extra) {
        List<String> all = new ArrayList<>(codes);
        all.add(extra);
        return List.copyOf(all);
    }

    private static List<String> levels(FieldShape shape) {
        return LongStream.rangeClosed(shape.min(), shape.max())
                .mapToObj(Long::toString)
                .toList();
    }
}
