package org.jalons.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.jalons.domain.WriteRights.Operation;
import org.jalons.protocol.Vocabulary.Role;
import org.junit.jupiter.api.Test;

/** The app reads the write-rights table the server enforces (the server is on the test class path). */
class WriteRightsTest {

    @Test
    void theAppsTableIsTheServersRowByRow() {
        List<String> server = org.jalons.server.service.WriteRights.table().stream()
                .map(r -> r.role().name() + " " + r.kind() + " " + r.operation().name() + " " + r.fields() + " "
                        + r.condition().id())
                .toList();
        List<String> app = WriteRights.table().stream()
                .map(r -> r.role().name() + " " + r.kind() + " " + r.operation().name() + " " + r.fields() + " "
                        + r.condition())
                .toList();
        assertThat(app).containsExactlyElementsOf(server);
    }

    @Test
    void theConditionsTheScreensAskAboutAreTheProtocolTablesOwn() {
        List<String> ids = org.jalons.protocol.WriteRights.table().stream()
                .map(r -> r.condition().id())
                .toList();
        assertThat(ids)
                .contains(
                        WriteRights.ALWAYS,
                        WriteRights.OWN_GOAL,
                        WriteRights.STEP_OF_OWN_GOAL,
                        WriteRights.NOT_CERTIFIED,
                        WriteRights.DECLARED_AND_NOT_CERTIFIED);
        assertThat(WriteRights.table()).hasSameSizeAs(org.jalons.protocol.WriteRights.table());
    }

    @Test
    void thePersonMarksAStepOfASharedGoalDoneButDoesNotRenameIt() {
        assertThat(WriteRights.allows(
                        Role.BENEFICIARY, "goalStep", Operation.EDIT, Set.of("status", "doneDate"), condition -> false))
                .isTrue();
        assertThat(WriteRights.allows(
                        Role.BENEFICIARY, "goalStep", Operation.EDIT, Set.of("label"), condition -> false))
                .isFalse();
        assertThat(WriteRights.allows(
                        Role.BENEFICIARY,
                        "goalStep",
                        Operation.EDIT,
                        Set.of("label"),
                        WriteRights.STEP_OF_OWN_GOAL::equals))
                .isTrue();
        assertThat(WriteRights.allows(Role.SUPERVISOR, "goal", Operation.CREATE, Set.of(), condition -> true))
                .isFalse();
    }

    @Test
    void thePersonRewordsAndProposesOnASharedGoalButOnlyTheCounsellorDecidesItsStatus() {
        assertThat(WriteRights.allows(
                        Role.BENEFICIARY,
                        "goal",
                        Operation.EDIT,
                        Set.of("phrasing", "proposedStatus", "proposedAt"),
                        condition -> false))
                .isTrue();
        assertThat(WriteRights.allows(Role.BENEFICIARY, "goal", Operation.EDIT, Set.of("status"), condition -> false))
                .isFalse();
        assertThat(WriteRights.allows(
                        Role.BENEFICIARY, "goal", Operation.EDIT, Set.of("status"), WriteRights.OWN_GOAL::equals))
                .isTrue();
        assertThat(WriteRights.allows(
                        Role.COUNSELLOR,
                        "goal",
                        Operation.EDIT,
                        Set.of("status", "proposedStatus", "proposedAt"),
                        condition -> false))
                .isTrue();
    }
}
