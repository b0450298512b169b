package org.jalons.server.service;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jalons.protocol.RecordSchema;

/** The record kinds of the protocol ({@link RecordSchema}), each field with the check that enforces its shape. */
final class RecordSchemas {

    static final String CONFLICT = RecordSchema.CONFLICT.wireName();
    static final String WORK_OBSERVATION = RecordSchema.WORK_OBSERVATION.wireName();
    static final String QUESTIONNAIRE_RESPONSE = RecordSchema.QUESTIONNAIRE_RESPONSE.wireName();

    private static final Map<String, KindSchema> KINDS = new LinkedHashMap<>();

    static {
        for (RecordSchema kind : RecordSchema.ALL) {
            Map<String, FieldRule> fields = new LinkedHashMap<>();
            kind.fields().forEach((name, shape) -> fields.put(name, FieldRule.of(shape)));
            KINDS.put(kind.wireName(), new KindSchema(kind.wireName(), kind.appendOnly(), fields, kind.required()));
        }
    }

    private RecordSchemas() {}

    static Optional<KindSchema> find(String kind) {
        return Optional.ofNullable(kind).map(KINDS::get);
    }

    static Set<String> kinds() {
        return KINDS.keySet();
    }
}
