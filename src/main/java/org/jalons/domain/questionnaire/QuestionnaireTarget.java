package org.jalons.domain.questionnaire;

import java.util.UUID;

/** Which person answers which questionnaire (its version): what the questionnaire screen opens on. */
public record QuestionnaireTarget(UUID beneficiaryId, Questionnaire questionnaire) {}
