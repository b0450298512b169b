package org.jalons.server.model;

import java.time.Instant;

/** One published version of a questionnaire, its definition as stored (JSON); never changed once published. */
public record PublishedQuestionnaire(
        String questionnaireId, int version, String definition, boolean retired, Instant publishedAt) {}
