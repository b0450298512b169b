package org.jalons.protocol;

import static org.jalons.protocol.FieldShape.answers;
import static org.jalons.protocol.FieldShape.anyJson;
import static org.jalons.protocol.FieldShape.bool;
import static org.jalons.protocol.FieldShape.closedCode;
import static org.jalons.protocol.FieldShape.code;
import static org.jalons.protocol.FieldShape.codeList;
import static org.jalons.protocol.FieldShape.date;
import static org.jalons.protocol.FieldShape.instant;
import static org.jalons.protocol.FieldShape.integer;
import static org.jalons.protocol.FieldShape.longText;
import static org.jalons.protocol.FieldShape.number;
import static org.jalons.protocol.FieldShape.only;
import static org.jalons.protocol.FieldShape.text;
import static org.jalons.protocol.FieldShape.uuid;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.jalons.protocol.Vocabulary.ProposedStatus;
import org.jalons.protocol.Vocabulary.Rater;
import org.jalons.protocol.Vocabulary.StepStatus;
import org.jalons.protocol.Vocabulary.TrainingKind;
import org.jalons.protocol.Vocabulary.TrainingStatus;
import org.jalons.protocol.Vocabulary.WorkSkill;

/**
 * One kind of record that syncs (the table "Record kinds and fields" of PROTOCOL.md, as data): its name on the
 * wire, whether it is append-only (never conflicts) or mutable (merged field by field against the version an edit
 * started from), the fields a device may send, in PROTOCOL.md's order, and those a create (base version 0) needs.
 */
public record RecordSchema(String wireName, boolean appendOnly, Set<String> required, Map<String, FieldShape> fields) {

    /** Longest phone number kept: international form with spaces, an extension. */
    public static final int PHONE_MAX = 40;

    /** Longest address kept: a street, a building, a postcode and a town, on a few lines. */
    public static final int ADDRESS_MAX = 300;

    /** Longest name written in an amendment's {@code amendedBy} (an account's display name, like consent's). */
    public static final int AMENDED_BY_MAX = 120;

    /** A beneficiary's fields that say how to reach the person: each needs their IDENTITY_CONTACT consent. */
    public static final java.util.Set<String> CONTACT_FIELDS = java.util.Set.of("contact", "phone", "address");

    public static final RecordSchema BENEFICIARY = kind(
            "beneficiary",
            false,
            Set.of("displayName", "entryDate"),
            "displayName",
            text(120),
            "contact",
            longText(500),
            "entryDate",
            date(),
            "contractType",
            code(ContractType.class),
            "referentCounsellorId",
            uuid(),
            "eligibility",
            codeList(Eligibility.class),
            "educationLevel",
            closedCode(EducationLevel.class),
            "site",
            text(120),
            // A phone number to call or text, an address to find on a map: like contact, kept only with the
            // person's IDENTITY_CONTACT consent.
            "phone",
            text(PHONE_MAX),
            "address",
            longText(ADDRESS_MAX),
            // The work team the person works in on the work site (an atelier, a chantier): its work supervisors
            // see the person (WORK_SUPERVISOR_FIELDS only) and observe them at work.
            "workTeam",
            text(120));

    /** What a work supervisor reads of a beneficiary: who to observe, and since when; nothing of the support. */
    public static final Set<String> WORK_SUPERVISOR_FIELDS =
            Set.of("displayName", "entryDate", "contractType", "site", "workTeam");

    public static final RecordSchema BARRIER = kind(
            "barrier",
            false,
            Set.of("area", "status"),
            "area",
            code(BarrierArea.class),
            "status",
            closedCode(BarrierStatus.class),
            "note",
            longText(4000));

    public static final RecordSchema GOAL = kind(
            "goal",
            false,
            Set.of("theme", "phrasing", "proposedBy", "status", "openedOn"),
            "theme",
            code(GoalTheme.class),
            "phrasing",
            longText(500),
            "proposedBy",
            closedCode(ProposedBy.class),
            "status",
            closedCode(GoalStatus.class),
            "targetDate",
            date(),
            "openedOn",
            date(),
            "closedOn",
            date(),
            "proposedStatus",
            closedCode(ProposedStatus.class),
            "proposedAt",
            instant());

    public static final RecordSchema GOAL_STEP = kind(
            "goalStep",
            false,
            Set.of("goalId", "label", "status"),
            "goalId",
            uuid(),
            "label",
            longText(500),
            "status",
            closedCode(StepStatus.class),
            "dueDate",
            date(),
            "doneDate",
            date());

    public static final RecordSchema TRAINING = kind(
            "training",
            false,
            Set.of("title", "trainingKind", "certification", "status"),
            "goalId",
            uuid(),
            "title",
            text(200),
            "provider",
            text(200),
            "trainingKind",
            closedCode(TrainingKind.class),
            "certification",
            code(Certification.class),
            "rncpLevel",
            integer(3, 8),
            "plannedHours",
            number(0, 10_000),
            "doneHours",
            number(0, 10_000),
            "startDate",
            date(),
            "endDate",
            date(),
            "status",
            closedCode(TrainingStatus.class),
            // Who declared the training: written by the server (BENEFICIARY when the person's own account created
            // it, else COUNSELLOR), so the person's phone knows which trainings they may still edit.
            "declaredBy",
            closedCode(Rater.class));

    public static final RecordSchema CHECK_IN = kind(
            "checkIn",
            true,
            Set.of("goalId", "rater", "rating", "ratedAt"),
            "goalId",
            uuid(),
            "rater",
            closedCode(Rater.class),
            "rating",
            integer(0, 10),
            "comment",
            longText(2000),
            // Kept with both ratings of a visit once they differ: the answer to "what makes us see things
            // differently?", written on each of the two check-ins.
            "gapAnswer",
            longText(2000),
            "ratedAt",
            instant(),
            // A correction of the words said with a rating (a typo in the comment or the gap answer): the same goal,
            // voice, rating and moment as the original it amends; only the words differ.
            "amends",
            uuid(),
            "amendedAt",
            instant(),
            "amendedBy",
            text(AMENDED_BY_MAX));

    public static final RecordSchema QUESTIONNAIRE_RESPONSE = kind(
            "questionnaireResponse",
            true,
            Set.of("questionnaireId", "questionnaireVersion", "answers", "answeredAt"),
            "questionnaireId",
            text(64),
            "questionnaireVersion",
            integer(1, Integer.MAX_VALUE),
            "answers",
            answers(),
            "answeredAt",
            instant());

    public static final RecordSchema INTERVIEW = kind(
            "interview",
            true,
            Set.of("date", "place"),
            "date",
            date(),
            "place",
            closedCode(InterviewPlace.class),
            "participants",
            longText(500),
            "notes",
            longText(20_000),
            "decisions",
            longText(4000),
            "nextAppointment",
            instant(),
            "amends",
            uuid(),
            "amendedAt",
            instant(),
            "amendedBy",
            text(AMENDED_BY_MAX));

    public static final RecordSchema NOTE = kind(
            "note",
            true,
            Set.of("text", "writtenAt", "authorRole"),
            "text",
            longText(4000),
            "writtenAt",
            instant(),
            "authorRole",
            closedCode(Rater.class),
            "amends",
            uuid(),
            "amendedBy",
            text(AMENDED_BY_MAX));

    /** Kinds a correction can amend: a new record of the same kind whose {@code amends} names the original. */
    public static final Set<String> AMENDABLE = Set.of("interview", "note", "checkIn");

    /** What a check-in's correction keeps from the original it amends: it corrects words, never a rating. */
    public static final Set<String> CHECK_IN_KEPT_BY_CORRECTIONS = Set.of("goalId", "rater", "rating", "ratedAt");

    /**
     * The person's own words (a note they wrote, or the comment of their own check-in) that they share with the
     * structure: supervisors read them, without any name, once the counsellor has re-read them with the person and
     * until the person withdraws them. {@code goalId}: the goal the words speak about, if the person says so.
     */
    public static final RecordSchema SHARED_WORD = kind(
            "sharedWord",
            false,
            Set.of("recordId", "sharedAt"),
            "recordId",
            uuid(),
            "goalId",
            uuid(),
            "sharedAt",
            instant(),
            "rereadAt",
            instant(),
            "withdrawnAt",
            instant());

    /**
     * An observation at work by a work supervisor (the third voice): the skills and behaviours observed, a rating on
     * the same 0–10 axis as the check-ins, a comment; the person reads it and may answer. {@code observedBy} is
     * written by the server with the account's name, as a consent's {@code recordedBy}.
     */
    public static final RecordSchema WORK_OBSERVATION = kind(
            "workObservation",
            false,
            Set.of("observedOn", "skills"),
            "observedOn",
            date(),
            "workTeam",
            text(120),
            "skills",
            codeList(WorkSkill.class),
            "rating",
            integer(0, 10),
            "comment",
            longText(2000),
            "observedBy",
            text(AMENDED_BY_MAX),
            "answer",
            longText(2000),
            "answeredAt",
            instant());

    /** What the person writes on an observation of them at work: their answer. */
    public static final Set<String> WORK_OBSERVATION_ANSWER = Set.of("answer", "answeredAt");

    public static final RecordSchema EXIT = kind(
            "exit",
            false,
            Set.of("exitDate", "category"),
            "exitDate",
            date(),
            "category",
            closedCode(ExitCategory.class),
            "detail",
            longText(500),
            "followUpDue",
            date());

    public static final RecordSchema FOLLOW_UP = kind(
            "followUp",
            false,
            Set.of("exitId", "dueDate"),
            "exitId",
            uuid(),
            "dueDate",
            date(),
            "doneDate",
            date(),
            "situation",
            closedCode(ExitCategory.class),
            "note",
            longText(2000));

    public static final RecordSchema CONSENT = kind(
            "consent",
            true,
            Set.of("category", "granted", "recordedAt", "recordedBy"),
            "category",
            closedCode(ConsentCategory.class),
            "granted",
            bool(),
            "recordedAt",
            instant(),
            "recordedBy",
            text(120));

    /** Devices may only resolve a conflict; the server writes its other fields. */
    public static final RecordSchema CONFLICT = kind(
            "conflict", false, Set.of(), "status", only(ConflictStatus.RESOLVED), "resolvedValue", anyJson(50_000));

    /** Every kind, in the order of PROTOCOL.md. */
    public static final List<RecordSchema> ALL = List.of(
            BENEFICIARY,
            BARRIER,
            GOAL,
            GOAL_STEP,
            TRAINING,
            CHECK_IN,
            QUESTIONNAIRE_RESPONSE,
            INTERVIEW,
            NOTE,
            SHARED_WORD,
            WORK_OBSERVATION,
            EXIT,
            FOLLOW_UP,
            CONSENT,
            CONFLICT);

    public RecordSchema {
        required = Set.copyOf(required);
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    private static RecordSchema kind(
            String wireName, boolean appendOnly, Set<String> required, Object... nameShapePairs) {
        Map<String, FieldShape> shapes = new LinkedHashMap<>();
        for (int i = 0; i < nameShapePairs.length; i += 2) {
            shapes.put((String) nameShapePairs[i], (FieldShape) nameShapePairs[i + 1]);
        }
        return new RecordSchema(wireName, appendOnly, required, shapes);
    }

    public static Optional<RecordSchema> fromWire(String name) {
        return ALL.stream().filter(k -> k.wireName.equals(name)).findFirst();
    }
}
