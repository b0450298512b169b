package org.jalons.server.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.jalons.protocol.RecordSchema;
import org.junit.jupiter.api.Test;

/** The right of access on paper speaks in words: no field of any kind reaches the PDF under its wire name. */
class PersonRecordPdfTest {

    @Test
    void everyFieldOfEveryKindThePdfPrintsHasALabelInWords() {
        for (RecordSchema kind : RecordSchema.ALL) {
            if (kind.equals(RecordSchema.CONFLICT)) {
                continue; // conflicts are not part of a person's record
            }
            for (String field : kind.fields().keySet()) {
                if (PersonRecordPdf.isRecordId(field)) {
                    continue;
                }
                assertThat(PersonRecordPdf.LABELS)
                        .as(kind.wireName() + "." + field)
                        .containsKey(field);
            }
        }
    }

    @Test
    void aQuestionnaireResponseSaysWhichQuestionnaireAndVersionItAnswers() {
        assertThat(PersonRecordPdf.isRecordId("questionnaireId")).isFalse();
        assertThat(PersonRecordPdf.isRecordId("goalId")).isTrue();
        assertThat(PersonRecordPdf.LABELS.get("questionnaireVersion")).startsWith("Version du questionnaire");
    }
}
