package org.jalons.server.service;

import static org.jalons.server.model.Role.BENEFICIARY;
import static org.jalons.server.model.Role.COUNSELLOR;
import static org.jalons.server.service.WriteRights.Operation.CREATE;
import static org.jalons.server.service.WriteRights.Operation.DELETE;
import static org.jalons.server.service.WriteRights.Operation.EDIT;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.jalons.server.model.Role;

/**
 * Who may write what: the table "Write rights" of PROTOCOL.md, as data (the document's table is printed from
 * {@link #markdown()}, and a test keeps them equal). A change is allowed when one row of its role, kind and
 * operation covers every field the change writes (fields whose value differs from the stored one) and its
 * condition holds. No row, no right: SUPERVISOR and ADMIN have none, and a kind or operation missing for a role
 * is refused (403 {@code forbidden_write}).
 */
public final class WriteRights {

    public enum Operation {
        CREATE,
        EDIT,
        DELETE
    }

    /** Every field of the kind. */
    public static final Set<String> ALL_FIELDS = Set.of("*");

    /** What a condition may look at: the record before and after the change, and a few facts the server knows. */
    public interface Subject {
        /** The stored fields (empty for a create; the last live fields for a deleted record). */
        ObjectNode before();

        /** The fields as they would be after the change (the stored ones for a delete). */
        ObjectNode after();

        /** The goal a step belongs to was proposed by the person ({@code proposedBy} BENEFICIARY). */
        boolean stepOfOwnGoal();

        /** The record was created by the person's own account (their phone). */
        boolean createdByPerson();

        /** The same push records a new interview of the person (a visit, where the person rates with them). */
        boolean visitInSamePush();

        /** The pusher may write the field a conflict is about ({@code _deleted}: may delete the record). */
        boolean mayWriteDisputedField();
    }

    /** When a right applies: a stable id (the app's copy names it too), the words of the table, the test. */
    public record Condition(String id, String words, Predicate<Subject> test) {
        Condition and(Condition other) {
            return new Condition(
                    id + "+" + other.id, words + ", and " + other.words, s -> test.test(s) && other.test.test(s));
        }
    }

    /** One row of the table. */
    public record Right(Role role, String kind, Operation operation, Set<String> fields, Condition condition) {
        boolean covers(Set<String> written) {
            return fields.equals(ALL_FIELDS) || fields.containsAll(written);
        }
    }

    static final Condition ALWAYS = new Condition("always", "", s -> true);
    static final Condition OWN_GOAL = valueIs("proposedBy", "BENEFICIARY");
    static final Condition STEP_OF_OWN_GOAL =
            new Condition("stepOfOwnGoal", "its goal's `proposedBy` is BENEFICIARY", Subject::stepOfOwnGoal);
    static final Condition DECLARED_BY_PERSON =
            new Condition("createdByPerson", "created by the person's account", Subject::createdByPerson);
    static final Condition NOT_CERTIFIED = new Condition(
            "notCertified",
            "`status` is not CERTIFIEE, before or after",
            s -> !certified(s.before()) && !certified(s.after()));
    static final Condition SELF_RATING_IN_VISIT = valueIs("rater", "BENEFICIARY")
            .and(new Condition(
                    "visit", "the same push records a new interview of the person", Subject::visitInSamePush));
    static final Condition DISPUTED_FIELD_WRITABLE = new Condition(
            "disputedFieldWritable",
            "the pusher may write the field the conflict is about",
            Subject::mayWriteDisputedField);

    private static final Set<String> RESOLUTION = fields("status", "resolvedValue");

    private static final List<Right> TABLE = new ArrayList<>();

    static {
        // The person: their own words and their own steps; never the structure's assessments and decisions.
        allow(
                BENEFICIARY,
                "beneficiary",
                CREATE,
                fields("displayName", "contact", "entryDate", "contractType", "eligibility", "educationLevel"),
                ALWAYS);
        allow(BENEFICIARY, "beneficiary", EDIT, fields("displayName", "contact", "educationLevel"), ALWAYS);
        allow(BENEFICIARY, "goal", CREATE, ALL_FIELDS, OWN_GOAL);
        allow(BENEFICIARY, "goal", EDIT, allBut("goal", "proposedBy"), OWN_GOAL);
        allow(BENEFICIARY, "goal", DELETE, ALL_FIELDS, OWN_GOAL);
        allow(BENEFICIARY, "goalStep", CREATE, ALL_FIELDS, STEP_OF_OWN_GOAL);
        allow(BENEFICIARY, "goalStep", EDIT, allBut("goalStep", "goalId"), STEP_OF_OWN_GOAL);
        allow(BENEFICIARY, "goalStep", EDIT, fields("status", "doneDate"), ALWAYS);
        allow(BENEFICIARY, "goalStep", DELETE, ALL_FIELDS, STEP_OF_OWN_GOAL);
        allow(BENEFICIARY, "training", CREATE, ALL_FIELDS, NOT_CERTIFIED);
        allow(BENEFICIARY, "training", EDIT, ALL_FIELDS, DECLARED_BY_PERSON.and(NOT_CERTIFIED));
        allow(BENEFICIARY, "training", DELETE, ALL_FIELDS, DECLARED_BY_PERSON.and(NOT_CERTIFIED));
        allow(BENEFICIARY, "checkIn", CREATE, ALL_FIELDS, valueIs("rater", "BENEFICIARY"));
        allow(BENEFICIARY, "questionnaireResponse", CREATE, ALL_FIELDS, ALWAYS);
        allow(BENEFICIARY, "note", CREATE, ALL_FIELDS, valueIs("authorRole", "BENEFICIARY"));
        allow(BENEFICIARY, "conflict", EDIT, RESOLUTION, DISPUTED_FIELD_WRITABLE);
        // The counsellor: everything of their caseload, but the person's own voice.
        for (String kind : List.of("beneficiary", "barrier", "goal", "goalStep", "training", "exit", "followUp")) {
            allow(COUNSELLOR, kind, CREATE, ALL_FIELDS, ALWAYS);
            allow(COUNSELLOR, kind, EDIT, ALL_FIELDS, ALWAYS);
            allow(COUNSELLOR, kind, DELETE, ALL_FIELDS, ALWAYS);
        }
        allow(COUNSELLOR, "checkIn", CREATE, ALL_FIELDS, valueIs("rater", "COUNSELLOR"));
        allow(COUNSELLOR, "checkIn", CREATE, ALL_FIELDS, SELF_RATING_IN_VISIT);
        allow(COUNSELLOR, "questionnaireResponse", CREATE, ALL_FIELDS, ALWAYS);
        allow(COUNSELLOR, "interview", CREATE, ALL_FIELDS, ALWAYS);
        allow(COUNSELLOR, "note", CREATE, ALL_FIELDS, valueIs("authorRole", "COUNSELLOR"));
        // a consent's recordedBy is not the pusher's to choose: the server writes the account's name there
        allow(COUNSELLOR, "consent", CREATE, ALL_FIELDS, ALWAYS);
        allow(COUNSELLOR, "conflict", EDIT, RESOLUTION, DISPUTED_FIELD_WRITABLE);
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

    /** Whether one row of this role, kind and operation covers the fields written and its condition holds. */
    static boolean allows(Role role, String kind, Operation operation, Set<String> written, Subject subject) {
        for (Right right : rows(role, kind, operation)) {
            if (right.covers(written) && right.condition().test().test(subject)) {
                return true;
            }
        }
        return false;
    }

    /** The table as printed in PROTOCOL.md, "Write rights". */
    public static String markdown() {
        StringBuilder out = new StringBuilder("| role | kind | create | edit | delete |\n|---|---|---|---|---|\n");
        for (Role role : Role.values()) {
            if (TABLE.stream().noneMatch(r -> r.role() == role)) {
                out.append("| ").append(role).append(" | every kind | no | no | no |\n");
                continue;
            }
            for (String kind : RecordSchemas.kinds()) {
                List<String> cells = new ArrayList<>();
                for (Operation op : Operation.values()) {
                    cells.add(cell(kind, op, rows(role, kind, op)));
                }
                out.append("| ")
                        .append(role)
                        .append(" | `")
                        .append(kind)
                        .append("` | ")
                        .append(String.join(" | ", cells))
                        .append(" |\n");
            }
        }
        return out.toString();
    }

    private static String cell(String kind, Operation op, List<Right> rows) {
        if (rows.isEmpty() && RecordSchemas.CONFLICT.equals(kind) && op != EDIT) {
            return "no (server only)";
        }
        if (rows.isEmpty()
                && op != CREATE
                && RecordSchemas.find(kind).orElseThrow().appendOnly()) {
            return "no (append-only)";
        }
        return cell(rows);
    }

    private static String cell(List<Right> rows) {
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

    private static boolean certified(ObjectNode training) {
        return "CERTIFIEE".equals(training.path("status").asText());
    }

    private static Condition valueIs(String field, String value) {
        return new Condition(
                field + "=" + value,
                "`" + field + "` is " + value,
                s -> value.equals(s.after().path(field).asText()));
    }

    private static void allow(Role role, String kind, Operation operation, Set<String> fields, Condition condition) {
        TABLE.add(new Right(role, kind, operation, fields, condition));
    }

    private static Set<String> fields(String... names) {
        return new LinkedHashSet<>(List.of(names));
    }

    private static Set<String> allBut(String kind, String excluded) {
        Set<String> fields = new LinkedHashSet<>(
                RecordSchemas.find(kind).orElseThrow().fields().keySet());
        fields.remove(excluded);
        return fields;
    }
}
