package org.jalons.caseload;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jalons.domain.Barrier;
import org.jalons.domain.Beneficiary;
import org.jalons.domain.CheckIn;
import org.jalons.domain.Consent;
import org.jalons.domain.Corrections;
import org.jalons.domain.Exit;
import org.jalons.domain.FollowUp;
import org.jalons.domain.Goal;
import org.jalons.domain.GoalStep;
import org.jalons.domain.Interview;
import org.jalons.domain.QuestionnaireResponse;
import org.jalons.domain.Training;
import org.jalons.domain.WorkObservation;
import org.jalons.protocol.Vocabulary.BarrierArea;
import org.jalons.protocol.Vocabulary.ConsentCategory;
import org.jalons.storage.LocalStore;

/** Everything a beneficiary file shows, read from the store in one go (each list by an indexed query). */
public record BeneficiaryFile(
        Beneficiary person,
        List<Barrier> barriers,
        List<Goal> goals,
        Map<UUID, List<GoalStep>> steps,
        Map<UUID, List<CheckIn>> checkIns,
        List<Training> trainings,
        List<Interview> interviews,
        List<QuestionnaireResponse> questionnaires,
        Map<ConsentCategory, Boolean> consents,
        List<Consent> consentHistory,
        Optional<Exit> exit,
        Optional<FollowUp> followUp,
        Optional<Map<String, Object>> visitDraft,
        boolean questionnaireInProgress,
        List<WorkObservation> workObservations) {

    public static BeneficiaryFile load(LocalStore store, UUID id) {
        Beneficiary person =
                store.beneficiaries().find(id).orElseThrow(() -> new IllegalArgumentException("No beneficiary " + id));
        List<Goal> goals = store.goals().forBeneficiary(id).stream()
                .sorted(Comparator.comparing((Goal g) -> !g.isOpen())
                        .thenComparing(Goal::openedOn, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
        Map<UUID, List<GoalStep>> steps = store.goalSteps().forBeneficiary(id).stream()
                .collect(Collectors.groupingBy(GoalStep::goalId, LinkedHashMap::new, Collectors.toList()));
        Map<UUID, List<CheckIn>> checkIns = store.checkIns().forBeneficiaryOverTime(id).stream()
                .collect(Collectors.groupingBy(CheckIn::goalId, LinkedHashMap::new, Collectors.toList()));
        List<Interview> interviews = Corrections.current(store.interviews().forBeneficiary(id)).stream()
                .sorted(Comparator.comparing(Interview::date).reversed())
                .toList();
        List<QuestionnaireResponse> questionnaires = store.questionnaireResponses().forBeneficiary(id).stream()
                .sorted(Comparator.comparing(QuestionnaireResponse::answeredAt))
                .toList();
        Optional<Exit> exit = store.exits().forBeneficiary(id).stream().max(Comparator.comparing(Exit::exitDate));
        Optional<FollowUp> followUp = exit.flatMap(e -> store.followUps().forBeneficiary(id).stream()
                .filter(f -> f.exitId().equals(e.id()))
                .findFirst());
        return new BeneficiaryFile(
                person,
                store.barriers().forBeneficiary(id),
                goals,
                steps,
                checkIns,
                store.trainings().forBeneficiary(id),
                interviews,
                questionnaires,
                store.consents().current(id),
                store.consents().history(id),
                exit,
                followUp,
                store.drafts().load(VisitKeys.visit(id)),
                store.drafts().load(VisitKeys.questionnaire(id)).isPresent(),
                // the third voice: observations at work, oldest first as the charts read them
                store.workObservations().forBeneficiary(id).stream()
                        .sorted(org.jalons.work.WorkTeam.newestFirst().reversed())
                        .toList());
    }

    /** A home visit was started and left before it was finished (its answers are in {@link #visitDraft}). */
    public boolean visitInProgress() {
        return visitDraft.isPresent();
    }

    /** The barrier recorded for an area of the vocabulary, if any. */
    public Optional<Barrier> barrier(BarrierArea area) {
        return barriers.stream().filter(b -> b.area().known() == area).findFirst();
    }

    public List<Barrier> customBarriers() {
        return barriers.stream().filter(b -> b.area().isCustom()).toList();
    }

    public Optional<Goal> goal(UUID goalId) {
        return goals.stream().filter(g -> g.id().equals(goalId)).findFirst();
    }
}
