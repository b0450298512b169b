package org.jalons.domain;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.jalons.protocol.Vocabulary.Role;

/**
 * What each role may create, edit and delete, read from the protocol's table ({@link
 * org.jalons.protocol.WriteRights}, PROTOCOL.md "Write rights"), the one the server enforces, so that screens offer
 * only what the server accepts. Conditions are named by their ids; the screen that asks says which hold for the
 * record at hand.
 */
public final class WriteRights {

    public enum Operation {
        CREATE,
        EDIT,
        DELETE
    }

    /** Every field of the kind. */
    public static final Set<String> ALL_FIELDS = org.jalons.protocol.WriteRights.ALL_FIELDS;

    /** The condition ids the screens ask about. */
    public static final String ALWAYS = "always";

    public static final String OWN_GOAL = "proposedBy=BENEFICIARY";
    public static final String STEP_OF_OWN_GOAL = "stepOfOwnGoal";
    public static final String NOT_CERTIFIED = "notCertified";
    public static final String DECLARED_AND_NOT_CERTIFIED = "createdByPerson+notCertified";
    /** A note that corrects another ({@code amends}) corrects one of the same {@code authorRole}. */
    public static final String AMENDS_OWN_VOICE = "amendsOwnVoice";

    /** One row: a role may do an operation on a kind, on these fields, when the condition holds. */
    public record Right(Role role, String kind, Operation operation, Set<String> fields, String condition) {}

    private static final List<Right> TABLE = org.jalons.protocol.WriteRights.table().stream()
            .map(r -> new Right(
                    r.role(),
                    r.kind(),
                    Operation.valueOf(r.operation().name()),
                    r.fields(),
                    r.condition().id()))
            .toList();

    private WriteRights() {}

    public static List<Right> table() {
        return TABLE;
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
}
