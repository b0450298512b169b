package org.jalons.storage;

import java.util.List;
import java.util.UUID;
import org.jalons.domain.JalonsRecord;
import org.jalons.domain.RecordKind;

/** The store's repository of each record kind, for tests that run over all kinds. */
final class Repositories {
    private Repositories() {}

    @SuppressWarnings("unchecked")
    static RecordRepository<JalonsRecord> of(LocalStore s, RecordKind kind) {
        RecordRepository<?> r = switch (kind) {
            case BENEFICIARY -> s.beneficiaries();
            case BARRIER -> s.barriers();
            case GOAL -> s.goals();
            case GOAL_STEP -> s.goalSteps();
            case TRAINING -> s.trainings();
            case CHECK_IN -> s.checkIns();
            case QUESTIONNAIRE_RESPONSE -> s.questionnaireResponses();
            case INTERVIEW -> s.interviews();
            case NOTE -> s.notes();
            case SHARED_WORD -> s.sharedWords();
            case WORK_OBSERVATION -> s.workObservations();
            case EXIT -> s.exits();
            case FOLLOW_UP -> s.followUps();
            case CONSENT -> s.consents();
            case CONFLICT -> s.conflicts();
        };
        return (RecordRepository<JalonsRecord>) r;
    }

    static List<OutboxEntry> outboxFor(LocalStore s, UUID recordId) {
        return s.outbox().pending(1_000_000).stream()
                .filter(e -> e.recordId().equals(recordId))
                .toList();
    }
}
