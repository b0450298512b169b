package org.jalons.domain;

import static org.jalons.domain.WriteRights.Operation.CREATE;
import static org.jalons.domain.WriteRights.Operation.DELETE;
import static org.jalons.domain.WriteRights.Operation.EDIT;
import static org.jalons.protocol.Vocabulary.Role.BENEFICIARY;
import static org.jalons.protocol.Vocabulary.Role.COUNSELLOR;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.jalons.protocol.Vocabulary.Role;

/**
 * What each role may create, edit and delete: the sync server's table (PROTOCOL.md, "Write rights"), copied so that
 * screens offer only what the server accepts. The app and the server share no module yet: {@code WriteRightsTest}
 * compares this copy with the server's, row by row. Conditions are named by the server's ids; the screen that asks
 * says which hold for the record at hand.
 */
public final class WriteRights {

    public enum Operation {
        CREATE,
        EDIT,
        DELETE
    }

    /** Every field of the kind. */
    public static final Set<String> ALL_FIELDS = Set.of("*");

    /** The server's condition ids. */
    public static final String ALWAYS = "always";

    public static final String OWN_GOAL = "proposedBy=BENEFICIARY";
    public static final String STEP_OF_OWN_GOAL = "stepOfOwnGoal";
    public static final String NOT_CERTIFIED = "notCertified";
    public static final String DECLARED_AND_NOT_CERTIFIED = "createdByPerson+notCertified";

    /** One row: a role may do an operation on a kind, on these fields, when the condition holds. */
    public record Right(Role role, String kind, Operation operation, Set<String> fields, String condition) {}

    private static final List<Right> TABLE = new ArrayList<>();

    static {
        allow(
                BENEFICIARY,
                "beneficiary",
                CREATE,
                fields("displayName", "contact", "entryDate", "contractType", "eligibility", "educationLevel"),
                ALWAYS);
        allow(BENEFICIARY, "beneficiary", EDIT, fields("displayName", "contact", "educationLevel"), ALWAYS);
        allow(BENEFICIARY, "goal", CREATE, ALL_FIELDS, OWN_GOAL);
        allow(
                BENEFICIARY,
                "goal",
                EDIT,
                fields("theme", "phrasing", "status", "targetDate", "openedOn", "closedOn"),
                OWN_GOAL);
        allow(BENEFICIARY, "goal", DELETE, ALL_FIELDS, OWN_GOAL);
        allow(BENEFICIARY, "goalStep", CREATE, ALL_FIELDS, STEP_OF_OWN_GOAL);
        allow(BENEFICIARY, "goalStep", EDIT, fields("label", "status", "dueDate", "doneDate"), STEP_OF_OWN_GOAL);
        allow(BENEFICIARY, "goalStep", EDIT, fields("status", "doneDate"), ALWAYS);
        allow(BENEFICIARY, "goalStep", DELETE, ALL_FIELDS, STEP_OF_OWN_GOAL);
        allow(BENEFICIARY, "training", CREATE, ALL_FIELDS, NOT_CERTIFIED);
        allow(BENEFICIARY, "training", EDIT, ALL_FIELDS, DECLARED_AND_NOT_CERTIFIED);
        allow(BENEFICIARY, "training", DELETE, ALL_FIELDS, DECLARED_AND_NOT_CERTIFIED);
        allow(BENEFICIARY, "checkIn", CREATE, ALL_FIELDS, "rater=BENEFICIARY");
        allow(BENEFICIARY, "questionnaireResponse", CREATE, ALL_FIELDS, ALWAYS);
        allow(BENEFICIARY, "note", CREATE, ALL_FIELDS, "authorRole=BENEFICIARY");
        allow(BENEFICIARY, "conflict", EDIT, fields("status", "resolvedValue"), "disputedFieldWritable");
        for (String kind : List.of("beneficiary", "barrier", "goal", "goalStep", "training", "exit", "followUp")) {
            allow(COUNSELLOR, kind, CREATE, ALL_FIELDS, ALWAYS);
            allow(COUNSELLOR, kind, EDIT, ALL_FIELDS, ALWAYS);
            allow(COUNSELLOR, kind, DELETE, ALL_FIELDS, ALWAYS);
        }
        allow(COUNSELLOR, "checkIn", CREATE, ALL_FIELDS, "rater=COUNSELLOR");
        // the person's own rating, given with them during a visit (the visit writes an interview with it)
        allow(COUNSELLOR, "checkIn", CREATE, ALL_FIELDS, "rater=BENEFICIARY+visit");
        allow(COUNSELLOR, "questionnaireResponse", CREATE, ALL_FIELDS, ALWAYS);
        allow(COUNSELLOR, "interview", CREATE, ALL_FIELDS, ALWAYS);
        allow(COUNSELLOR, "note", CREATE, ALL_FIELDS, "authorRole=COUNSELLOR");
        allow(COUNSELLOR, "consent", CREATE, ALL_FIELDS, ALWAYS);
        allow(COUNSELLOR, "conflict", EDIT, fields("status", "resolvedValue"), "disputedFieldWritable");
    }

    private WriteRights() {}

    public static List<Right> table() {
        return List.copyOf(TABLE);
    }

    /**
     * Whether a row lets {@code role} do {@code operation} on {@code kind} writing {@code fields}, given which
     * conditions hold for the record at hand ({@link #ALWAYS} always does).
     */
    public static boolean allows(
            Role role, String kind, Operation operation, Set<String> fields, Predicate<String> holds) {
        for (Right right : TABLE) {
            if (right.role() == role
                    && right.kind().equals(kind)
                    && right.operation() == operation
                    && (right.fields().equals(ALL_FIELDS) || right.fields().containsAll(fields))
                    && (ALWAYS.equals(right.condition()) || holds.test(right.condition()))) {
                return true;
            }
        }
        return false;
    }

    private static void allow(Role role, String kind, Operation operation, Set<String> fields, String condition) {
        TABLE.add(new Right(role, kind, operation, fields, condition));
    }

    private static Set<String> fields(String... names) {
        return new LinkedHashSet<>(List.of(names));
    }
}
