package org.jalons.protocol;

import static org.jalons.protocol.Vocabulary.Role.BENEFICIARY;
import static org.jalons.protocol.Vocabulary.Role.COUNSELLOR;
import static org.jalons.protocol.Vocabulary.Role.WORK_SUPERVISOR;
import static org.jalons.protocol.WriteRights.Operation.CREATE;
import static org.jalons.protocol.WriteRights.Operation.DELETE;
import static org.jalons.protocol.WriteRights.Operation.EDIT;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jalons.protocol.Vocabulary.Role;

/**
 * Who may write what, the table "Write rights" of PROTOCOL.md, as data: role × kind × operation → the fields a right
 * covers and the condition it needs. The server enforces it (reading the facts a condition asks in its database) and
 * the app offers only what it allows; both read these rows, and the document's table is printed by
 * {@link #markdown()}. No row, no right: SUPERVISOR and ADMIN have none.
 */
public final class WriteRights {

    public enum Operation {
        CREATE,
        EDIT,
        DELETE
    }

    /** Every field of the kind. */
    public static final Set<String> ALL_FIELDS = Set.of("*");

    /** One part of a condition: a value of the record after the change, or a fact its reader knows. */
    public sealed interface Term permits ValueIs, Fact {
        String id();

        String words();
    }

    /** The record's {@code field} reads {@code value} after the change. */
    public record ValueIs(String field, String value) implements Term {
        @Override
        public String id() {
            return field + "=" + value;
        }

        @Override
        public String words() {
            return "`" + field + "` is " + value;
        }
    }

    /** What a condition may ask beyond the record's values; the server reads them, the app's screens know them. */
    public enum Fact implements Term {
        /** The goal a step belongs to was proposed by the person. */
        STEP_OF_OWN_GOAL("stepOfOwnGoal", "its goal's `proposedBy` is BENEFICIARY"),
        /** The record was created by the person's own account (the server's audit log says so). */
        CREATED_BY_PERSON("createdByPerson", "created by the person's account"),
        /** A training's {@code status} is not CERTIFIEE, before the change nor after it. */
        NOT_CERTIFIED("notCertified", "`status` is not CERTIFIEE, before or after"),
        /** The same push records a new interview of the person (a visit, where the person rates with them). */
        VISIT_IN_SAME_PUSH("visit", "the same push records a new interview of the person"),
        /** The pusher may write the field a conflict is about ({@code _deleted}: may delete the record). */
        DISPUTED_FIELD_WRITABLE("disputedFieldWritable", "the pusher may write the field the conflict is about"),
        /** Words once withdrawn stay withdrawn: sharing them again is a new record, which needs a new re-read. */
        STAYS_WITHDRAWN("staysWithdrawn", "`withdrawnAt`, once set, is not cleared"),
        /** A note that amends another ({@code amends}) amends one of the same voice ({@code authorRole}). */
        AMENDS_OWN_VOICE("amendsOwnVoice", "a note it `amends` has the same `authorRole`");

        private final String id;
        private final String words;

        Fact(String id, String words) {
            this.id = id;
            this.words = words;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String words() {
            return words;
        }
    }

    /** When a right applies: every term holds (none: always). {@link #id()} is stable, the app names it too. */
    public record Condition(List<Term> terms) {
        public static final Condition ALWAYS = new Condition(List.of());

        public Condition {
            terms = List.copyOf(terms);
        }

        static Condition of(Term... terms) {
            return new Condition(List.of(terms));
        }

        public String id() {
            return terms.isEmpty() ? "always" : terms.stream().map(Term::id).collect(Collectors.joining("+"));
        }

        public String words() {
            return terms.stream().map(Term::words).collect(Collectors.joining(", and "));
        }
    }

    /** One row of the table. */
    public record Right(Role role, String kind, Operation operation, Set<String> fields, Condition condition) {
        public Right {
            fields = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(fields));
        }

        public boolean covers(Set<String> written) {
            return fields.equals(ALL_FIELDS) || fields.containsAll(written);
        }
    }

    private static final Condition OWN_GOAL = Condition.of(new ValueIs("proposedBy", "BENEFICIARY"));
    /** What the person may write on every goal of their path: its wording, and the status they propose. */
    public static final Set<String> PERSON_ON_ANY_GOAL = fields("phrasing", "proposedStatus", "proposedAt");

    private static final Set<String> RESOLUTION = fields("status", "resolvedValue");

    private static final List<Right> TABLE = new ArrayList<>();

    static {
        // The person: their own words and their own steps; never the structure's assessments and decisions.
        allow(
                BENEFICIARY,
                "beneficiary",
                CREATE,
                fields(
                        "displayName",
                        "contact",
                        "phone",
                        "address",
                        "entryDate",
                        "contractType",
                        "eligibility",
                        "educationLevel"),
                Condition.ALWAYS);
        allow(
                BENEFICIARY,
                "beneficiary",
                EDIT,
                fields("displayName", "contact", "phone", "address", "educationLevel"),
                Condition.ALWAYS);
        allow(BENEFICIARY, "goal", CREATE, ALL_FIELDS, OWN_GOAL);
        allow(BENEFICIARY, "goal", EDIT, allBut(RecordSchema.GOAL, "proposedBy"), OWN_GOAL);
        // every goal of their path, co-built or the counsellor's: its words, and a status they propose (the
        // counsellor confirms it or talks it over; only they change the status of a goal that is not the person's own)
        allow(BENEFICIARY, "goal", EDIT, PERSON_ON_ANY_GOAL, Condition.ALWAYS);
        allow(BENEFICIARY, "goal", DELETE, ALL_FIELDS, OWN_GOAL);
        allow(BENEFICIARY, "goalStep", CREATE, ALL_FIELDS, Condition.of(Fact.STEP_OF_OWN_GOAL));
        allow(
                BENEFICIARY,
                "goalStep",
                EDIT,
                allBut(RecordSchema.GOAL_STEP, "goalId"),
                Condition.of(Fact.STEP_OF_OWN_GOAL));
        allow(BENEFICIARY, "goalStep", EDIT, fields("status", "doneDate"), Condition.ALWAYS);
        allow(BENEFICIARY, "goalStep", DELETE, ALL_FIELDS, Condition.of(Fact.STEP_OF_OWN_GOAL));
        allow(BENEFICIARY, "training", CREATE, ALL_FIELDS, Condition.of(Fact.NOT_CERTIFIED));
        allow(BENEFICIARY, "training", EDIT, ALL_FIELDS, Condition.of(Fact.CREATED_BY_PERSON, Fact.NOT_CERTIFIED));
        allow(BENEFICIARY, "training", DELETE, ALL_FIELDS, Condition.of(Fact.CREATED_BY_PERSON, Fact.NOT_CERTIFIED));
        allow(BENEFICIARY, "checkIn", CREATE, ALL_FIELDS, Condition.of(new ValueIs("rater", "BENEFICIARY")));
        allow(BENEFICIARY, "questionnaireResponse", CREATE, ALL_FIELDS, Condition.ALWAYS);
        // a correction (amends) is a create: whoever may create a kind may amend it, a note only in their own voice
        allow(
                BENEFICIARY,
                "note",
                CREATE,
                ALL_FIELDS,
                Condition.of(new ValueIs("authorRole", "BENEFICIARY"), Fact.AMENDS_OWN_VOICE));
        // words they share with the structure: shared, then withdrawn (for good: sharing again is a new record);
        // never re-read by themselves
        allow(BENEFICIARY, "sharedWord", CREATE, fields("recordId", "goalId", "sharedAt"), Condition.ALWAYS);
        allow(BENEFICIARY, "sharedWord", EDIT, fields("withdrawnAt"), Condition.of(Fact.STAYS_WITHDRAWN));
        allow(BENEFICIARY, "sharedWord", DELETE, ALL_FIELDS, Condition.ALWAYS);
        // an observation of them at work: they answer it, never change what was observed
        allow(BENEFICIARY, "workObservation", EDIT, RecordSchema.WORK_OBSERVATION_ANSWER, Condition.ALWAYS);
        allow(BENEFICIARY, "conflict", EDIT, RESOLUTION, Condition.of(Fact.DISPUTED_FIELD_WRITABLE));
        // The counsellor: everything of their caseload, but the person's own voice.
        for (String kind : List.of("beneficiary", "barrier", "goal", "goalStep", "training", "exit", "followUp")) {
            allow(COUNSELLOR, kind, CREATE, ALL_FIELDS, Condition.ALWAYS);
            allow(COUNSELLOR, kind, EDIT, ALL_FIELDS, Condition.ALWAYS);
            allow(COUNSELLOR, kind, DELETE, ALL_FIELDS, Condition.ALWAYS);
        }
        allow(COUNSELLOR, "checkIn", CREATE, ALL_FIELDS, Condition.of(new ValueIs("rater", "COUNSELLOR")));
        // the person's own rating, given with them during a visit (the visit writes an interview with it)
        allow(
                COUNSELLOR,
                "checkIn",
                CREATE,
                ALL_FIELDS,
                Condition.of(new ValueIs("rater", "BENEFICIARY"), Fact.VISIT_IN_SAME_PUSH));
        allow(COUNSELLOR, "questionnaireResponse", CREATE, ALL_FIELDS, Condition.ALWAYS);
        allow(COUNSELLOR, "interview", CREATE, ALL_FIELDS, Condition.ALWAYS);
        allow(
                COUNSELLOR,
                "note",
                CREATE,
                ALL_FIELDS,
                Condition.of(new ValueIs("authorRole", "COUNSELLOR"), Fact.AMENDS_OWN_VOICE));
        // a consent's recordedBy is not the pusher's to choose: the server writes the account's name there
        allow(COUNSELLOR, "consent", CREATE, ALL_FIELDS, Condition.ALWAYS);
        // the person's shared words: only that they were re-read together
        allow(COUNSELLOR, "sharedWord", EDIT, fields("rereadAt"), Condition.ALWAYS);
        allow(COUNSELLOR, "conflict", EDIT, RESOLUTION, Condition.of(Fact.DISPUTED_FIELD_WRITABLE));
        // The work supervisor: observations at work of the people of their work teams; never the person's answer.
        Set<String> observed = allBut(RecordSchema.WORK_OBSERVATION, "answer");
        observed.remove("answeredAt");
        allow(WORK_SUPERVISOR, "workObservation", CREATE, observed, Condition.ALWAYS);
        allow(WORK_SUPERVISOR, "workObservation", EDIT, observed, Condition.ALWAYS);
        allow(WORK_SUPERVISOR, "workObservation", DELETE, ALL_FIELDS, Condition.ALWAYS);
        allow(WORK_SUPERVISOR, "conflict", EDIT, RESOLUTION, Condition.of(Fact.DISPUTED_FIELD_WRITABLE));
        // SUPERVISOR and ADMIN: no row, they write no person records (their push is refused as a whole, 403).
    }

    private WriteRights() {}

    /** The whole table, in the order of the document. */
    public static List<Right> table() {
        return List.copyOf(TABLE);
    }

    /** The rows that could allow this role to do this operation on this kind. */
    public static List<Right> rows(Role role, String kind, Operation operation) {
        return TABLE.stream()
                .filter(r -> r.role() == role && r.kind().equals(kind) && r.operation() == operation)
                .toList();
    }

    /** The table as printed in PROTOCOL.md, "Write rights". */
    public static String markdown() {
        StringBuilder out = new StringBuilder("| role | kind | create | edit | delete |\n|---|---|---|---|---|\n");
        for (Role role : Role.values()) {
            if (TABLE.stream().noneMatch(r -> r.role() == role)) {
                out.append("| ").append(role).append(" | every kind | no | no | no |\n");
                continue;
            }
            for (RecordSchema kind : RecordSchema.ALL) {
                List<String> cells = new ArrayList<>();
                for (Operation op : Operation.values()) {
                    cells.add(cell(kind, op, rows(role, kind.wireName(), op)));
                }
                out.append("| ")
                        .append(role)
                        .append(" | `")
                        .append(kind.wireName())
                        .append("` | ")
                        .append(String.join(" | ", cells))
                        .append(" |\n");
            }
        }
        return out.toString();
    }

    private static String cell(RecordSchema kind, Operation op, List<Right> rows) {
        if (rows.isEmpty() && kind.equals(RecordSchema.CONFLICT) && op != EDIT) {
            return "no (server only)";
        }
        if (rows.isEmpty() && op != CREATE && kind.appendOnly()) {
            return "no (append-only)";
        }
        if (rows.isEmpty()) {
            return "no";
        }
        List<String> parts = new ArrayList<>();
        for (Right right : rows) {
            String fields = right.fields().equals(ALL_FIELDS) || right.operation() == DELETE
                    ? ""
                    : "fields "
                            + String.join(
                                    ", ",
                                    right.fields().stream()
                                            .map(f -> "`" + f + "`")
                                            .toList());
            String words = right.condition().words();
            String part = fields.isEmpty() && words.isEmpty()
                    ? "yes"
                    : fields.isEmpty() ? "if " + words : words.isEmpty() ? fields : fields + ", if " + words;
            parts.add(part);
        }
        return String.join("; or ", parts);
    }

    private static void allow(Role role, String kind, Operation operation, Set<String> fields, Condition condition) {
        TABLE.add(new Right(role, kind, operation, inSchemaOrder(kind, fields), condition));
    }

    /**
     * The fields in the order the kind lists them, whatever set they came in: the printed table is the same from one
     * run to the next (a {@code Set.of} iterates in a different order in each JVM).
     */
    private static Set<String> inSchemaOrder(String kind, Set<String> fields) {
        if (fields.equals(ALL_FIELDS)) {
            return fields;
        }
        Set<String> ordered = new LinkedHashSet<>();
        RecordSchema.fromWire(kind).orElseThrow().fields().keySet().stream()
                .filter(fields::contains)
                .forEach(ordered::add);
        if (ordered.size() != fields.size()) {
            throw new IllegalStateException("A right names fields " + kind + " does not have: " + fields);
        }
        return ordered;
    }

    private static Set<String> fields(String... names) {
        return new LinkedHashSet<>(List.of(names));
    }

    private static Set<String> allBut(RecordSchema kind, String excluded) {
        Set<String> fields = new LinkedHashSet<>(kind.fields().keySet());
        fields.remove(excluded);
        return fields;
    }
}
