package org.jalons.beneficiary;

import java.util.UUID;
import org.jalons.protocol.Vocabulary.TrainingStatus;

/**
 * One of my trainings as "Mon parcours" lists it; {@code hasEvidence}: a photo of the certificate is kept;
 * {@code mine}: I declared it and it is not certified, so I may change or delete it.
 */
public record TrainingLine(
        UUID trainingId, String title, TrainingStatus status, String statusLabel, boolean hasEvidence, boolean mine) {}
