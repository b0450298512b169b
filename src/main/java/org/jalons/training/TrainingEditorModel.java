package org.jalons.training;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jalons.beneficiary.MyTrainings;
import org.jalons.caseload.EditorModel;
import org.jalons.caseload.EditorTarget;
import org.jalons.domain.JalonsRecord;
import org.jalons.domain.Term;
import org.jalons.domain.Training;
import org.jalons.domain.Violation;
import org.jalons.i18n.Messages;
import org.jalons.protocol.Vocabulary.Certification;
import org.jalons.protocol.Vocabulary.TrainingKind;
import org.jalons.protocol.Vocabulary.TrainingStatus;
import org.jalons.storage.DraftKey;
import org.jalons.storage.LocalStore;
import org.jalons.ui.Background;

/** Creates or changes a training: certification (RNCP with its level, or another, or free text), hours, dates. */
public final class TrainingEditorModel extends EditorModel<Training> {
    public static final String OTHER = "OTHER";
    public static final List<String> FIELDS = List.of(
            "id",
            "title",
            "provider",
            "trainingKind",
            "certification",
            "certificationCustom",
            "rncpLevel",
            "plannedHours",
            "doneHours",
            "startDate",
            "endDate",
            "status",
            "goalId");

    private final LocalStore store;
    private final UUID beneficiaryId;
    /** The training edited, or null for a new one: what the form does not show is kept from it. */
    private final Training original;

    public TrainingEditorModel(LocalStore store, Background background, EditorTarget target, Messages messages) {
        super(
                messages,
                store.drafts(),
                background,
                DraftKey.of(
                        DraftKey.Form.TRAINING,
                        target.recordId() == null ? "new-" + target.beneficiaryId() : target.recordId()),
                FIELDS);
        this.store = store;
        this.beneficiaryId = target.beneficiaryId();
        Training t = target.recordId() == null
                ? null
                : store.trainings().find(target.recordId()).orElse(null);
        this.original = t;
        // A new training's id is replaced by the one its draft kept, if any, once the draft is read.
        UUID trainingId = t != null ? t.id() : target.recordId() != null ? target.recordId() : JalonsRecord.newId();
        Map<String, String> values = new HashMap<>();
        values.put("id", trainingId.toString());
        if (t == null) {
            values.put("trainingKind", TrainingKind.QUALIFYING.name());
            values.put("certification", Certification.NONE.name());
            values.put("status", TrainingStatus.PREVUE.name());
        } else {
            values.put("title", t.title());
            values.put("provider", text(t.provider()));
            values.put("trainingKind", t.trainingKind().name());
            values.put(
                    "certification",
                    t.certification().isCustom()
                            ? OTHER
                            : t.certification().known().name());
            values.put(
                    "certificationCustom",
                    t.certification().isCustom() ? t.certification().custom() : "");
            values.put("rncpLevel", text(t.rncpLevel()));
            values.put("plannedHours", text(t.plannedHours()));
            values.put("doneHours", text(t.doneHours()));
            values.put("startDate", text(t.startDate()));
            values.put("endDate", text(t.endDate()));
            values.put("status", t.status().name());
            values.put("goalId", text(t.goalId()));
        }
        start(values);
    }

    /** The person's goals, to link the training to one: id → phrasing. */
    public Map<String, String> goalChoices() {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        store.goals().forBeneficiary(beneficiaryId).forEach(g -> out.put(g.id().toString(), g.phrasing()));
        return out;
    }

    @Override
    protected Training build(List<Violation> problems) {
        Term<Certification> cert = null;
        String c = get("certification");
        if (OTHER.equals(c)) {
            if (get("certificationCustom").isEmpty()) {
                problems.add(new Violation("certificationCustom", "customEmpty"));
            } else {
                cert = Term.custom(get("certificationCustom"));
            }
        } else if (!c.isEmpty()) {
            cert = Term.of(Certification.valueOf(c));
        }
        Integer level = cert != null && cert.known() == Certification.RNCP ? integer("rncpLevel", problems) : null;
        Double planned = decimal("plannedHours", problems);
        Double done = decimal("doneHours", problems);
        var start = date("startDate", problems);
        var end = date("endDate", problems);
        UUID goal = get("goalId").isEmpty() ? null : UUID.fromString(get("goalId"));
        if (cert == null && !OTHER.equals(c)) {
            problems.add(new Violation("certification", "required"));
        }
        if (cert == null) {
            return null;
        }
        return new Training(
                recordId(),
                beneficiaryId,
                goal,
                blankToNull(get("title")),
                blankToNull(get("provider")),
                choice(TrainingKind.class, "trainingKind"),
                cert,
                level,
                planned,
                done,
                start,
                end,
                choice(TrainingStatus.class, "status"),
                original != null ? original.evidenceRef() : null,
                original != null
                        ? original.declaredBy()
                        : MyTrainings.declaringVoice(store.profile().role()));
    }

    @Override
    protected void write(Training training) {
        // Who declared it is the server's to write: an edit keeps it as stored, a new training is the counsellor's.
        java.util.Optional<Training> stored = store.trainings().find(training.id());
        store.trainings()
                .save(training.withDeclaredBy(
                        stored.isPresent()
                                ? stored.get().declaredBy()
                                : org.jalons.protocol.Vocabulary.Rater.COUNSELLOR));
    }
}
