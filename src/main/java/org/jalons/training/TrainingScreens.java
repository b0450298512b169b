package org.jalons.training;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jalons.caseload.CounsellorScreens;
import org.jalons.caseload.EditorTarget;
import org.jalons.caseload.EditorView;
import org.jalons.caseload.FieldSpec;
import org.jalons.caseload.FieldSpec.Kind;
import org.jalons.i18n.Messages;
import org.jalons.protocol.Vocabulary.Certification;
import org.jalons.protocol.Vocabulary.TrainingKind;
import org.jalons.protocol.Vocabulary.TrainingStatus;
import org.jalons.session.AppServices;
import org.jalons.ui.View;

/** How the counsellor's training editor is built; {@code org.jalons.AppScreens} says which screen it is. */
public final class TrainingScreens {
    private TrainingScreens() {}

    public static View trainingEditor(AppServices services, EditorTarget target) {
        Messages m = services.messages();
        TrainingEditorModel model = new TrainingEditorModel(services.store(), services.background(), target, m);
        return new EditorView(
                model,
                m,
                target.recordId() == null ? "training.title.new" : "training.title.edit",
                "training",
                trainingFields(m, model.goalChoices()),
                List.of(),
                () -> services.navigator().back());
    }

    static List<FieldSpec> trainingFields(Messages m, Map<String, String> goals) {
        Map<String, String> goalChoices = new LinkedHashMap<>();
        goalChoices.put("", m.get("training.noGoal"));
        goalChoices.putAll(goals);
        return List.of(
                FieldSpec.of("title", Kind.TEXT),
                FieldSpec.of("provider", Kind.TEXT),
                FieldSpec.choice("trainingKind", FieldSpec.labels(TrainingKind.class, m)),
                FieldSpec.choice(
                        "certification",
                        CounsellorScreens.withCustom(
                                FieldSpec.labels(Certification.class, m),
                                TrainingEditorModel.OTHER,
                                m.get("form.custom"))),
                FieldSpec.of("certificationCustom", Kind.TEXT).when("certification", TrainingEditorModel.OTHER::equals),
                FieldSpec.of("rncpLevel", Kind.NUMBER).when("certification", Certification.RNCP.name()::equals),
                FieldSpec.of("plannedHours", Kind.NUMBER),
                FieldSpec.of("doneHours", Kind.NUMBER),
                FieldSpec.of("startDate", Kind.DATE),
                FieldSpec.of("endDate", Kind.DATE),
                FieldSpec.choice("status", FieldSpec.labels(TrainingStatus.class, m)),
                FieldSpec.choice("goalId", goalChoices));
    }
}
