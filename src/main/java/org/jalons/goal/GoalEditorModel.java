package org.jalons.goal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jalons.caseload.EditorModel;
import org.jalons.caseload.EditorTarget;
import org.jalons.caseload.FormText;
import org.jalons.domain.Goal;
import org.jalons.domain.GoalStep;
import org.jalons.domain.JalonsRecord;
import org.jalons.domain.Note;
import org.jalons.domain.OrgTerm;
import org.jalons.domain.Term;
import org.jalons.domain.Violation;
import org.jalons.i18n.Messages;
import org.jalons.protocol.Vocabulary.GoalStatus;
import org.jalons.protocol.Vocabulary.GoalTheme;
import org.jalons.protocol.Vocabulary.ProposedBy;
import org.jalons.protocol.Vocabulary.Rater;
import org.jalons.protocol.Vocabulary.StepStatus;
import org.jalons.storage.DraftKey;
import org.jalons.storage.LocalStore;
import org.jalons.ui.Background;

/** Creates or changes a goal, phrased in the first person, and its steps. */
public final class GoalEditorModel extends EditorModel<Goal> {
    public static final String CUSTOM = "CUSTOM";
    /** A choice of the organisation's own themes: {@code org:<code>}, written as the term's label. */
    public static final String ORG = "org:";

    public static final List<String> FIELDS =
            List.of("id", "theme", "themeCustom", "phrasing", "proposedBy", "status", "targetDate");

    private final LocalStore store;
    private final UUID beneficiaryId;
    private final LocalDate openedOn;
    private final LocalDate closedOn;
    /** The goal as stored: its status and the status the person proposes, kept unless the status is decided here. */
    private final Goal existing;

    private final LocalDate today;
    /** The counsellor answered the person's proposal here (confirmed or talked over): it is cleared. */
    private boolean proposalAnswered;
    /** What the counsellor noted when talking the proposal over, written as a note with the goal. */
    private Note discussionNote;

    private final ObservableList<GoalStep> steps = FXCollections.observableArrayList();
    /** Where each step deleted in this editor stood, to put it back there on "Undo". */
    private final java.util.Map<java.util.UUID, Integer> removedAt = new java.util.HashMap<>();

    public GoalEditorModel(
            LocalStore store, Background background, EditorTarget target, Messages messages, LocalDate today) {
        super(
                messages,
                store.drafts(),
                background,
                DraftKey.of(
                        DraftKey.Form.GOAL,
                        target.recordId() == null ? "new-" + target.beneficiaryId() : target.recordId()),
                FIELDS);
        this.store = store;
        this.beneficiaryId = target.beneficiaryId();
        this.today = today;
        Goal existing = target.recordId() == null
                ? null
                : store.goals().find(target.recordId()).orElse(null);
        // A new goal's id is replaced by the one its draft kept, if any, once the draft is read.
        UUID goalId =
                existing != null ? existing.id() : target.recordId() != null ? target.recordId() : JalonsRecord.newId();
        this.openedOn = existing != null ? existing.openedOn() : today;
        this.closedOn = existing != null ? existing.closedOn() : null;
        this.existing = existing;
        if (existing == null) {
            start(Map.of(
                    "id",
                    goalId.toString(),
                    "phrasing",
                    messages.get("goal.phrasing.prefix"),
                    "proposedBy",
                    ProposedBy.JOINT.name(),
                    "status",
                    GoalStatus.EN_COURS.name()));
        } else {
            start(Map.of(
                    "id",
                    goalId.toString(),
                    "theme",
                    themeChoice(store, existing.theme()),
                    "themeCustom",
                    themeChoice(store, existing.theme()).equals(CUSTOM)
                            ? existing.theme().custom()
                            : "",
                    "phrasing",
                    existing.phrasing(),
                    "proposedBy",
                    existing.proposedBy().name(),
                    "status",
                    existing.status().name(),
                    "targetDate",
                    text(existing.targetDate())));
            steps.setAll(store.goalSteps().forBeneficiary(beneficiaryId).stream()
                    .filter(s -> s.goalId().equals(goalId))
                    .toList());
        }
    }

    /**
     * The choice an existing goal's theme shows as: a code as itself; a free text that is or was the label of one of
     * the organisation's themes still proposed, as that theme; any other free text as free text.
     */
    static String themeChoice(LocalStore store, Term<GoalTheme> theme) {
        if (!theme.isCustom()) {
            return theme.known().name();
        }
        return store.orgVocabulary()
                .shownAs(OrgTerm.Kind.GOAL_THEME, theme.custom())
                .filter(OrgTerm::active)
                .map(o -> ORG + o.code())
                .orElse(CUSTOM);
    }

    @Override
    protected Goal build(List<Violation> problems) {
        Term<GoalTheme> theme = null;
        String t = get("theme");
        if (CUSTOM.equals(t)) {
            if (get("themeCustom").isEmpty()) {
                problems.add(new Violation("themeCustom", "customEmpty"));
            } else {
                theme = Term.custom(get("themeCustom"));
            }
        } else if (t.startsWith(ORG)) {
            theme = store.orgVocabulary().all().stream()
                    .filter(o -> o.kind() == OrgTerm.Kind.GOAL_THEME && o.code().equals(t.substring(ORG.length())))
                    .findFirst()
                    .map(o -> Term.<GoalTheme>custom(o.label()))
                    .orElse(null);
        } else if (!t.isEmpty()) {
            theme = Term.of(GoalTheme.valueOf(t));
        }
        String phrasing = get("phrasing");
        if (phrasing.replace("…", "")
                .replace("...", "")
                .strip()
                .equalsIgnoreCase(
                        messages.get("goal.phrasing.prefix").replace("…", "").strip())) {
            problems.add(new Violation("phrasing", "phrasingIncomplete"));
        }
        LocalDate target = date("targetDate", problems);
        GoalStatus status = choice(GoalStatus.class, "status");
        LocalDate closed = status == GoalStatus.ATTEINT || status == GoalStatus.ABANDONNE
                ? (closedOn != null ? closedOn : today)
                : null;
        if (theme == null && !CUSTOM.equals(t)) {
            problems.add(new Violation("theme", "required"));
        }
        if (theme == null) {
            return null;
        }
        return new Goal(
                goalId(),
                beneficiaryId,
                theme,
                blankToNull(phrasing),
                choice(ProposedBy.class, "proposedBy"),
                status,
                target,
                openedOn,
                closed,
                keptProposal(status) ? existing.proposedStatus() : null,
                keptProposal(status) ? existing.proposedAt() : null);
    }

    /** The person's proposal stays while the counsellor has not decided a new status here. */
    private boolean keptProposal(GoalStatus status) {
        return existing != null && existing.hasProposal() && !proposalAnswered && existing.status() == status;
    }

    /** The goal as the person left it when they proposed a status, if they did (read when the editor opened). */
    public java.util.Optional<Goal> proposal() {
        return java.util.Optional.ofNullable(existing).filter(Goal::hasProposal);
    }

    /** The counsellor confirms the person's proposal: the status becomes it, the proposal is cleared. */
    public boolean confirmProposal(Runnable onSaved) {
        Goal proposed = proposal().orElseThrow();
        value("status").set(proposed.proposedStatus().name());
        proposalAnswered = true;
        return commit(onSaved);
    }

    /**
     * «On en parle»: the proposal is cleared and the status stays; what the counsellor notes (optional) is written as
     * their note on the person's file, naming the goal.
     */
    public boolean discussProposal(String note, java.time.Instant at, Runnable onSaved) {
        Goal proposed = proposal().orElseThrow();
        proposalAnswered = true;
        String text = note == null ? "" : note.strip();
        discussionNote = text.isEmpty()
                ? null
                : new Note(
                        JalonsRecord.newId(),
                        beneficiaryId,
                        messages.get("goal.proposal.noteAbout", proposed.phrasing(), text),
                        at,
                        Rater.COUNSELLOR);
        if (discussionNote != null && !discussionNote.violations().isEmpty()) {
            discussionNote = null;
            proposalAnswered = false;
            return false;
        }
        return commit(onSaved);
    }

    @Override
    protected void write(Goal goal) {
        store.goals().save(goal);
        Note note = discussionNote;
        if (note != null) {
            store.notes().save(note);
            discussionNote = null;
        }
    }

    public UUID goalId() {
        return recordId();
    }

    /** Whether steps can be added: a step belongs to a goal that is in the store. */
    public boolean goalExists() {
        return store.goals().find(goalId()).isPresent();
    }

    public ObservableList<GoalStep> steps() {
        return steps;
    }

    /** Adds a step at once; returns the problem in words, or "" when it was saved. */
    public String addStep(String label) {
        GoalStep step = new GoalStep(
                JalonsRecord.newId(), beneficiaryId, goalId(), blankToNull(label), StepStatus.A_FAIRE, null);
        List<Violation> problems = step.violations();
        if (!problems.isEmpty()) {
            return FormText.message(problems.get(0), messages);
        }
        store.goalSteps().save(step);
        steps.add(step);
        return "";
    }

    public void setStepStatus(GoalStep step, StepStatus status) {
        replace(step, s -> s.withStatus(status, today));
    }

    /** Renames a step; returns the problem in words (the step keeps its name), or "" when it was saved. */
    public String renameStep(GoalStep step, String label) {
        List<Violation> problems = current(step).withLabel(blankToNull(label)).violations();
        if (!problems.isEmpty()) {
            return FormText.message(problems.get(0), messages);
        }
        replace(step, s -> s.withLabel(blankToNull(label)));
        return "";
    }

    public void setStepDueDate(GoalStep step, LocalDate due) {
        replace(step, s -> s.withDueDate(due));
    }

    /** A done date marks the step done; clearing it leaves the status as it is. */
    public void setStepDoneDate(GoalStep step, LocalDate done) {
        replace(step, s -> s.withDoneDate(done));
    }

    /** Deletes a step as a tombstone: the delete syncs like any change, and both devices lose the step. */
    public void deleteStep(GoalStep step) {
        store.goalSteps().delete(step.id());
        GoalStep now = current(step);
        removedAt.put(now.id(), steps.indexOf(now));
        steps.remove(now);
    }

    /** Undoes a delete: the step exactly as it was is saved again (its tombstone revived) at its place in the list. */
    public void restoreStep(GoalStep step) {
        if (steps.stream().anyMatch(s -> s.id().equals(step.id()))) {
            return;
        }
        store.goalSteps().save(step);
        Integer at = removedAt.remove(step.id());
        steps.add(at == null || at < 0 ? steps.size() : Math.min(at, steps.size()), step);
    }

    private void replace(GoalStep step, java.util.function.UnaryOperator<GoalStep> change) {
        GoalStep now = current(step);
        GoalStep next = change.apply(now);
        if (next.equals(now)) {
            return;
        }
        store.goalSteps().save(next);
        steps.set(steps.indexOf(now), next);
    }

    /** The step as the list holds it now (a row may hold an older copy of it). */
    private GoalStep current(GoalStep step) {
        return steps.stream().filter(s -> s.id().equals(step.id())).findFirst().orElse(step);
    }
}
