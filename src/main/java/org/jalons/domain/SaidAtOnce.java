package org.jalons.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jalons.protocol.Vocabulary.Rater;

/**
 * The words of a goal's ratings given at one moment (a visit rates both voices at once; the person alone rates
 * theirs): each voice with its own rating and comment, never merged nor averaged, and the answer to "what makes us
 * see things differently?" kept with both. The voices come the person's first, then the counsellor's.
 */
public record SaidAtOnce(Instant at, List<Voice> voices, String gapAnswer) {

    /** One voice: who rated, their rating, and their comment (null when they said nothing). */
    public record Voice(Rater rater, int rating, String comment) {}

    public SaidAtOnce {
        voices = List.copyOf(voices);
    }

    /**
     * The moments of {@code checkIns} (one goal's) where someone said something (a comment or a gap answer), newest
     * first; the ratings given at that moment come with them, each in its own voice.
     */
    public static List<SaidAtOnce> of(List<CheckIn> checkIns) {
        Map<Instant, List<CheckIn>> byMoment = new LinkedHashMap<>();
        for (CheckIn c : checkIns) {
            byMoment.computeIfAbsent(c.ratedAt(), at -> new ArrayList<>()).add(c);
        }
        List<SaidAtOnce> said = new ArrayList<>();
        byMoment.forEach((at, moment) -> {
            String gapAnswer = moment.stream()
                    .map(CheckIn::gapAnswer)
                    .filter(SaidAtOnce::says)
                    .findFirst()
                    .orElse(null);
            boolean commented = moment.stream().map(CheckIn::comment).anyMatch(SaidAtOnce::says);
            if (gapAnswer != null || commented) {
                List<Voice> voices = moment.stream()
                        .sorted(Comparator.comparing(CheckIn::rater))
                        .map(c -> new Voice(c.rater(), c.rating(), says(c.comment()) ? c.comment() : null))
                        .toList();
                said.add(new SaidAtOnce(at, voices, gapAnswer));
            }
        });
        said.sort(Comparator.comparing(SaidAtOnce::at).reversed());
        return said;
    }

    private static boolean says(String text) {
        return text != null && !text.isBlank();
    }
}
