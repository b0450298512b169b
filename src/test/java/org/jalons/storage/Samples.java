package org.jalons.storage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.jalons.domain.Barrier;
import org.jalons.domain.Beneficiary;
import org.jalons.domain.CheckIn;
import org.jalons.domain.Conflict;
import org.jalons.domain.Consent;
import org.jalons.domain.Exit;
import org.jalons.domain.FollowUp;
import org.jalons.domain.Goal;
import org.jalons.domain.GoalStep;
import org.jalons.domain.Interview;
import org.jalons.domain.JalonsRecord;
import org.jalons.domain.Note;
import org.jalons.domain.QuestionnaireResponse;
import org.jalons.domain.RecordKind;
import org.jalons.domain.SharedWord;
import org.jalons.domain.Term;
import org.jalons.domain.Training;
import org.jalons.domain.WorkObservation;
import org.jalons.protocol.Code;
import org.jalons.protocol.Vocabulary.BarrierArea;
import org.jalons.protocol.Vocabulary.BarrierStatus;
import org.jalons.protocol.Vocabulary.Certification;
import org.jalons.protocol.Vocabulary.ConflictStatus;
import org.jalons.protocol.Vocabulary.ConsentCategory;
import org.jalons.protocol.Vocabulary.ContractType;
import org.jalons.protocol.Vocabulary.EducationLevel;
import org.jalons.protocol.Vocabulary.Eligibility;
import org.jalons.protocol.Vocabulary.ExitCategory;
import org.jalons.protocol.Vocabulary.GoalStatus;
import org.jalons.protocol.Vocabulary.GoalTheme;
import org.jalons.protocol.Vocabulary.InterviewPlace;
import org.jalons.protocol.Vocabulary.ProposedBy;
import org.jalons.protocol.Vocabulary.Rater;
import org.jalons.protocol.Vocabulary.StepStatus;
import org.jalons.protocol.Vocabulary.TrainingKind;
import org.jalons.protocol.Vocabulary.TrainingStatus;
import org.jalons.protocol.Vocabulary.WorkSkill;

/**
 * Valid random records of every kind, from a seed: strings up to their maximum length with accents, quotes,
 * emoji and SQL-looking text (tabs and newlines in long texts only), optional fields left empty half of the time, custom terms, instants with
 * nanoseconds. A round trip that loses any of it shows up as a failing seed.
 */
public final class Samples {
    private static final String[] PIECES = {
        "é", "à", "ç", "œ", "’", "'", "\"", "«", "»", " ", "\n", "a", "Z", "9", "😀", "\\", "%", "_", "--", ";",
        "custom:", "Ä", "ß", "𝄞", "\t"
    };

    private final Random random;

    public Samples(long seed) {
        this.random = new Random(seed);
    }

    public Random random() {
        return random;
    }

    public JalonsRecord any(RecordKind kind, UUID beneficiaryId) {
        return switch (kind) {
            case BENEFICIARY -> beneficiary(beneficiaryId);
            case BARRIER -> barrier(beneficiaryId);
            case GOAL -> goal(beneficiaryId);
            case GOAL_STEP ->
                new GoalStep(
                        UUID.randomUUID(),
                        beneficiaryId,
                        UUID.randomUUID(),
                        text(1, 500),
                        pick(StepStatus.values()),
                        maybe(this::date));
            case TRAINING -> training(beneficiaryId);
            case CHECK_IN ->
                new CheckIn(
                        UUID.randomUUID(),
                        beneficiaryId,
                        UUID.randomUUID(),
                        pick(Rater.values()),
                        random.nextInt(11),
                        maybe(() -> text(0, 2000)),
                        instant());
            case QUESTIONNAIRE_RESPONSE -> questionnaireResponse(beneficiaryId);
            case INTERVIEW ->
                new Interview(
                        UUID.randomUUID(),
                        beneficiaryId,
                        date(),
                        pick(InterviewPlace.values()),
                        maybe(() -> text(0, 500)),
                        maybe(() -> text(0, 20_000)),
                        maybe(() -> text(0, 4000)),
                        maybe(this::instant));
            case NOTE -> new Note(UUID.randomUUID(), beneficiaryId, text(1, 4000), instant(), pick(Rater.values()));
            case SHARED_WORD ->
                new SharedWord(
                        UUID.randomUUID(),
                        beneficiaryId,
                        UUID.randomUUID(),
                        maybe(UUID::randomUUID),
                        instant(),
                        maybe(this::instant),
                        maybe(this::instant));
            case WORK_OBSERVATION -> workObservation(beneficiaryId);
            case EXIT -> exit(beneficiaryId);
            case FOLLOW_UP -> followUp(beneficiaryId);
            case CONSENT ->
                new Consent(
                        UUID.randomUUID(),
                        beneficiaryId,
                        pick(ConsentCategory.values()),
                        random.nextBoolean(),
                        instant(),
                        line(1, 120));
            case CONFLICT -> conflict(beneficiaryId);
        };
    }

    /**
     * Eligibility codes that tell health or justice and the contact (they need a consent) are left out, as for
     * barriers.
     */
    public Beneficiary beneficiary(UUID id) {
        List<Term<Eligibility>> eligibility = new ArrayList<>();
        int n = random.nextInt(4) == 0 ? Beneficiary.MAX_ELIGIBILITY : random.nextInt(4);
        while (eligibility.size() < n) {
            Term<Eligibility> code = term(Eligibility.values());
            if (code.known() == null || code.known().sensitiveCategory() == null) {
                eligibility.add(code);
            }
        }
        return new Beneficiary(
                        id,
                        line(1, 120),
                        null,
                        date(),
                        maybe(() -> term(ContractType.values())),
                        maybe(UUID::randomUUID),
                        eligibility,
                        maybe(() -> pick(EducationLevel.values())),
                        maybe(() -> line(0, 120)))
                .withWorkTeam(maybe(() -> line(1, 120)));
    }

    /** Sensitive areas (health, justice) only in the form that needs no consent. */
    public Barrier barrier(UUID beneficiaryId) {
        Term<BarrierArea> area = term(BarrierArea.values());
        if (area.known() != null && area.known().sensitiveCategory() != null) {
            return new Barrier(UUID.randomUUID(), beneficiaryId, area, BarrierStatus.NON_EXPLORE, null);
        }
        return new Barrier(
                UUID.randomUUID(), beneficiaryId, area, pick(BarrierStatus.values()), maybe(() -> text(0, 4000)));
    }

    /** A health goal needs a consent: its theme is drawn again, as for barriers. */
    public Goal goal(UUID beneficiaryId) {
        LocalDate opened = date();
        Term<GoalTheme> theme = term(GoalTheme.values());
        while (theme.known() != null && theme.known().sensitiveCategory() != null) {
            theme = term(GoalTheme.values());
        }
        return new Goal(
                UUID.randomUUID(),
                beneficiaryId,
                theme,
                text(1, 500),
                pick(ProposedBy.values()),
                pick(GoalStatus.values()),
                maybe(() -> after(opened)),
                opened,
                maybe(() -> after(opened)));
    }

    public Training training(UUID beneficiaryId) {
        Term<Certification> certification = term(Certification.values());
        Integer level = certification.known() == Certification.RNCP ? maybe(() -> 3 + random.nextInt(6)) : null;
        LocalDate start = maybe(this::date);
        return new Training(
                        UUID.randomUUID(),
                        beneficiaryId,
                        maybe(UUID::randomUUID),
                        line(1, 200),
                        maybe(() -> line(0, 200)),
                        pick(TrainingKind.values()),
                        certification,
                        level,
                        maybe(this::hours),
                        maybe(this::hours),
                        start,
                        start == null ? maybe(this::date) : maybe(() -> after(start)),
                        pick(TrainingStatus.values()),
                        maybe(() -> line(1, Training.MAX_EVIDENCE_REF)))
                .withDeclaredBy(maybe(() -> pick(Rater.values())));
    }

    public WorkObservation workObservation(UUID beneficiaryId) {
        List<Term<WorkSkill>> skills = new ArrayList<>();
        int n = 1 + random.nextInt(5);
        while (skills.size() < n) {
            skills.add(term(WorkSkill.values()));
        }
        String answer = maybe(() -> text(1, 2000));
        return new WorkObservation(
                UUID.randomUUID(),
                beneficiaryId,
                date(),
                maybe(() -> line(1, 120)),
                skills,
                maybe(() -> random.nextInt(11)),
                maybe(() -> text(0, 2000)),
                line(1, 120),
                answer,
                answer == null ? null : instant());
    }

    public QuestionnaireResponse questionnaireResponse(UUID beneficiaryId) {
        Map<String, Integer> answers = new TreeMap<>();
        for (int i = 1; i <= 1 + random.nextInt(9); i++) {
            answers.put("PA" + i, 1 + random.nextInt(4));
        }
        return new QuestionnaireResponse(
                UUID.randomUUID(), beneficiaryId, line(1, 64), 1 + random.nextInt(5), answers, instant());
    }

    public Exit exit(UUID beneficiaryId) {
        LocalDate on = date();
        return new Exit(
                UUID.randomUUID(),
                beneficiaryId,
                on,
                pick(ExitCategory.values()),
                maybe(() -> text(0, 500)),
                maybe(() -> Exit.followUpDueFor(on)));
    }

    public FollowUp followUp(UUID beneficiaryId) {
        LocalDate done = maybe(this::date);
        return new FollowUp(
                UUID.randomUUID(),
                beneficiaryId,
                UUID.randomUUID(),
                date(),
                done,
                done != null ? pick(ExitCategory.values()) : maybe(() -> pick(ExitCategory.values())),
                maybe(() -> text(0, 2000)));
    }

    public Conflict conflict(UUID beneficiaryId) {
        ConflictStatus status = pick(ConflictStatus.values());
        return new Conflict(
                UUID.randomUUID(),
                beneficiaryId,
                pick(RecordKind.values()).wireName(),
                UUID.randomUUID(),
                "status",
                json(),
                json(),
                random.nextInt(100),
                UUID.randomUUID(),
                status,
                status == ConflictStatus.RESOLVED ? json() : null);
    }

    /** Compact JSON as the store writes it back (raw JSON values are normalized on the way in). */
    private String json() {
        return switch (random.nextInt(5)) {
            case 0 -> Json.write(text(0, 50));
            case 1 -> String.valueOf(random.nextInt(1000));
            case 2 -> "{\"a\":[1,2,{\"b\":\"é\"}],\"c\":true}";
            case 3 -> "[\"LEVEL_3\",\"custom:x\"]";
            default -> "false";
        };
    }

    /** A one-line text (no tab, no newline: the text rule's one-line fields). */
    public String line(int min, int max) {
        String s = text(min, max).replace('\n', ' ').replace('\t', ' ');
        return min > 0 && s.isBlank() ? "x" + s.substring(1) : s;
    }

    public String text(int min, int max) {
        int length = random.nextInt(3) == 0 ? max : min + random.nextInt(Math.max(1, Math.min(max, 300) - min + 1));
        StringBuilder sb = new StringBuilder(length);
        while (sb.length() < length) {
            String piece = PIECES[random.nextInt(PIECES.length)];
            if (sb.length() + piece.length() > length) {
                piece = "x";
            }
            sb.append(piece);
        }
        String s = sb.toString();
        return min > 0 && s.isBlank() ? "x" + s.substring(1) : s;
    }

    public LocalDate date() {
        return LocalDate.of(1990, 1, 1).plusDays(random.nextInt(365 * 100));
    }

    private LocalDate after(LocalDate d) {
        return d.plusDays(random.nextInt(2000));
    }

    public Instant instant() {
        return Instant.parse("2000-01-01T00:00:00Z")
                .plusSeconds(random.nextInt(Integer.MAX_VALUE))
                .plusNanos(random.nextInt(1_000_000_000));
    }

    private Double hours() {
        return switch (random.nextInt(4)) {
            case 0 -> 0.0;
            case 1 -> Training.MAX_HOURS;
            default -> Math.round(random.nextDouble() * 4000) / 4.0;
        };
    }

    public <E> E pick(E[] values) {
        return values[random.nextInt(values.length)];
    }

    public <E extends Enum<E> & Code> Term<E> term(E[] values) {
        return random.nextInt(4) == 0 ? customTerm() : Term.of(pick(values));
    }

    private <E extends Enum<E> & Code> Term<E> customTerm() {
        String text = line(1, Term.MAX_CUSTOM_LENGTH).strip();
        return Term.custom(text.isEmpty() ? "Autre" : text);
    }

    private <V> V maybe(java.util.function.Supplier<V> value) {
        return random.nextBoolean() ? value.get() : null;
    }
}
