package org.jalons.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The protocol's table of record kinds holds together: what it says can be checked, and says it once. */
class RecordSchemaTest {

    @Test
    void everyKindHasOneWireNameAndRequiresOnlyFieldsItHas() {
        Set<String> names = new HashSet<>();
        for (RecordSchema kind : RecordSchema.ALL) {
            assertThat(names.add(kind.wireName())).as(kind.wireName()).isTrue();
            assertThat(kind.fields().keySet()).as(kind.wireName()).containsAll(kind.required());
            assertThat(RecordSchema.fromWire(kind.wireName())).contains(kind);
        }
        assertThat(RecordSchema.fromWire("unknown")).isEmpty();
    }

    @Test
    void everyLimitIsAUsableRangeAndEveryVocabularyHasDistinctCodes() {
        for (RecordSchema kind : RecordSchema.ALL) {
            kind.fields().forEach((name, shape) -> {
                assertThat(shape.min()).as("%s.%s", kind.wireName(), name).isLessThanOrEqualTo(shape.max());
                assertThat(new HashSet<>(shape.codes())).hasSameSizeAs(shape.codes());
                boolean coded = shape.type() == FieldShape.Type.CODE
                        || shape.type() == FieldShape.Type.CLOSED_CODE
                        || shape.type() == FieldShape.Type.CODE_LIST;
                assertThat(shape.codes().isEmpty())
                        .as("%s.%s", kind.wireName(), name)
                        .isEqualTo(!coded);
            });
        }
    }

    @Test
    void aDeviceMayOnlyResolveAConflict() {
        FieldShape status = RecordSchema.CONFLICT.fields().get("status");

        assertThat(status.type()).isEqualTo(FieldShape.Type.CLOSED_CODE);
        assertThat(status.codes()).containsExactly(Vocabulary.ConflictStatus.RESOLVED.code());
        assertThat(RecordSchema.CONFLICT.required()).isEmpty();
    }

    @Test
    void longTextsAreTheOnlyFieldsWhoseStringsMayBreakLines() {
        assertThat(RecordSchema.NOTE.fields().get("text").multiline()).isTrue();
        assertThat(RecordSchema.BENEFICIARY.fields().get("displayName").multiline())
                .isFalse();
        assertThat(RecordSchema.CONFLICT.fields().get("resolvedValue").multiline())
                .isTrue();
    }
}
