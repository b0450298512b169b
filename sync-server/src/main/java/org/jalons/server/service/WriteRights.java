package org.jalons.server.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import org.jalons.protocol.Vocabulary;
import org.jalons.protocol.WriteRights.Condition;
import org.jalons.protocol.WriteRights.Fact;
import org.jalons.protocol.WriteRights.Operation;
import org.jalons.protocol.WriteRights.Right;
import org.jalons.protocol.WriteRights.Term;
import org.jalons.protocol.WriteRights.ValueIs;
import org.jalons.server.model.Role;

/**
 * The protocol's write rights ({@link org.jalons.protocol.WriteRights}, the table "Write rights" of PROTOCOL.md) as
 * the server enforces them: a change is allowed when one row of its role, kind and operation covers every field the
 * change writes (fields whose value differs from the stored one) and its condition holds on the {@link Subject}, whose
 * facts the server reads. No row, no right: refused (403 {@code forbidden_write}).
 */
public final class WriteRights {

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

        /** A note that amends another amends one of the same {@code authorRole} (true when it amends nothing). */
        boolean amendsOwnVoice();
    }

    private WriteRights() {}

    /** The whole table, in the order of the document. */
    public static List<Right> table() {
        return org.jalons.protocol.WriteRights.table();
    }

    /** The rows that could allow this role to do this operation on this kind. */
    public static List<Right> rows(Role role, String kind, Operation operation) {
        return org.jalons.protocol.WriteRights.rows(Vocabulary.Role.valueOf(role.name()), kind, operation);
    }

    /** Whether one row of this role, kind and operation covers the fields written and its condition holds. */
    static boolean allows(Role role, String kind, Operation operation, Set<String> written, Subject subject) {
        for (Right right : rows(role, kind, operation)) {
            if (right.covers(written) && holds(right.condition(), subject)) {
                return true;
            }
        }
        return false;
    }

    /** The table as printed in PROTOCOL.md, "Write rights". */
    public static String markdown() {
        return org.jalons.protocol.WriteRights.markdown();
    }

    private static boolean holds(Condition condition, Subject subject) {
        for (Term term : condition.terms()) {
            if (!holds(term, subject)) {
                return false;
            }
        }
        return true;
    }

    private static boolean holds(Term term, Subject s) {
        if (term instanceof ValueIs value) {
            return value.value().equals(s.after().path(value.field()).asText());
        }
        return switch ((Fact) term) {
            case STEP_OF_OWN_GOAL -> s.stepOfOwnGoal();
            case CREATED_BY_PERSON -> s.createdByPerson();
            case NOT_CERTIFIED -> !certified(s.before()) && !certified(s.after());
            case VISIT_IN_SAME_PUSH -> s.visitInSamePush();
            case DISPUTED_FIELD_WRITABLE -> s.mayWriteDisputedField();
            case STAYS_WITHDRAWN ->
                !s.before().hasNonNull("withdrawnAt") || s.after().hasNonNull("withdrawnAt");
            case AMENDS_OWN_VOICE -> s.amendsOwnVoice();
        };
    }

    private static boolean certified(ObjectNode training) {
        return "CERTIFIEE".equals(training.path("status").asText());
    }
}
