package org.jalons.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.jalons.domain.JalonsRecord;
import org.jalons.domain.RecordKind;
import org.jalons.domain.Term;
import org.jalons.protocol.Vocabulary.Eligibility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Whatever arrives from the wire, a wrong value is refused naming its field, never with a ClassCastException. */
class RecordMapperTest {
    static final UUID ID = UUID.randomUUID();

    static Stream<Arguments> wrongValues() {
        return Stream.of(
                Arguments.of(RecordKind.CHECK_IN, "rating", "7"),
                Arguments.of(RecordKind.CHECK_IN, "rating", 7.5),
                Arguments.of(RecordKind.CHECK_IN, "rating", 4_294_967_301L),
                Arguments.of(RecordKind.CHECK_IN, "rating", new BigInteger("18446744073709551621")),
                Arguments.of(RecordKind.CHECK_IN, "rating", Double.NaN),
                Arguments.of(RecordKind.CHECK_IN, "rating", List.of(7)),
                Arguments.of(RecordKind.CHECK_IN, "ratedAt", "yesterday"),
                Arguments.of(RecordKind.CHECK_IN, "ratedAt", 1_700_000_000),
                Arguments.of(RecordKind.CHECK_IN, "goalId", "not-a-uuid"),
                Arguments.of(RecordKind.CHECK_IN, "goalId", 42),
                Arguments.of(RecordKind.CHECK_IN, "rater", "SUPERVISOR"),
                Arguments.of(RecordKind.CHECK_IN, "rater", "beneficiary"),
                Arguments.of(RecordKind.CHECK_IN, "comment", Map.of("text", "hello")),
                Arguments.of(RecordKind.GOAL, "theme", "MOBILTE"),
                Arguments.of(RecordKind.GOAL, "theme", "custom:"),
                Arguments.of(RecordKind.GOAL, "theme", 3),
                Arguments.of(RecordKind.GOAL, "openedOn", "2026-13-45"),
                Arguments.of(RecordKind.GOAL, "openedOn", "26/11/2026"),
                Arguments.of(RecordKind.BENEFICIARY, "eligibility", "RSA"),
                Arguments.of(RecordKind.BENEFICIARY, "eligibility", java.util.Arrays.asList("RSA", null)),
                Arguments.of(RecordKind.BENEFICIARY, "eligibility", List.of("RSA", 3)),
                Arguments.of(RecordKind.BENEFICIARY, "entryDate", true),
                Arguments.of(RecordKind.TRAINING, "plannedHours", "12h"),
                Arguments.of(RecordKind.TRAINING, "rncpLevel", 3.2),
                Arguments.of(RecordKind.QUESTIONNAIRE_RESPONSE, "answers", List.of(1, 2)),
                Arguments.of(RecordKind.QUESTIONNAIRE_RESPONSE, "answers", Map.of("PA1", "4")),
                Arguments.of(RecordKind.QUESTIONNAIRE_RESPONSE, "answers", Map.of("PA1", 5_000_000_000L)),
                Arguments.of(RecordKind.QUESTIONNAIRE_RESPONSE, "questionnaireVersion", "1"),
                Arguments.of(RecordKind.CONSENT, "granted", "true"),
                Arguments.of(RecordKind.CONSENT, "granted", 1),
                Arguments.of(RecordKind.CONFLICT, "baseVersion", new BigDecimal("1e30")));
    }

    @ParameterizedTest(name = "{0}.{1} = {2}")
    @MethodSource("wrongValues")
    void aWrongValueIsRefusedNamingItsField(RecordKind kind, String field, Object value) {
        RecordMapper<JalonsRecord> mapper = RecordTable.<JalonsRecord>of(kind).mapper();

        assertThatThrownBy(() -> mapper.normalize(field, value))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + field + "'");

        Map<String, Object> wire = new LinkedHashMap<>(mapper.toWire(new Samples(1).any(kind, ID)));
        wire.put(field, value);
        assertThatThrownBy(() -> mapper.fromWire(ID, ID, wire))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + field + "'");
    }

    @Test
    void anUnknownFieldIsRefusedNamingIt() {
        RecordMapper<JalonsRecord> mapper =
                RecordTable.<JalonsRecord>of(RecordKind.GOAL).mapper();

        assertThatThrownBy(() -> mapper.normalize("colour", "red"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'colour'")
                .hasMessageContaining("goal");
        assertThatThrownBy(() -> mapper.normalize("id", ID.toString())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void valuesFromAnyJsonParserNormalizeToOneForm() {
        RecordMapper<JalonsRecord> checkIns =
                RecordTable.<JalonsRecord>of(RecordKind.CHECK_IN).mapper();
        RecordMapper<JalonsRecord> trainings =
                RecordTable.<JalonsRecord>of(RecordKind.TRAINING).mapper();
        RecordMapper<JalonsRecord> responses =
                RecordTable.<JalonsRecord>of(RecordKind.QUESTIONNAIRE_RESPONSE).mapper();

        assertThat(checkIns.normalize("rating", 7L)).isEqualTo(7);
        assertThat(checkIns.normalize("rating", 7.0)).isEqualTo(7);
        assertThat(checkIns.normalize("rating", new BigDecimal("7.00"))).isEqualTo(7);
        assertThat(trainings.normalize("plannedHours", 35)).isEqualTo(35.0);
        assertThat(checkIns.normalize("ratedAt", "2026-11-26T09:30:00.000000001Z"))
                .isEqualTo("2026-11-26T09:30:00.000000001Z");
        assertThat(responses.normalize("answers", Map.of("PA2", 3L, "PA1", 4))).isEqualTo(Map.of("PA1", 4, "PA2", 3));
        assertThat(checkIns.normalize("comment", null)).isNull();
    }

    @Test
    void aCustomTermRoundTripsAndAnUnknownBareCodeDoesNot() {
        RecordMapper<JalonsRecord> beneficiaries =
                RecordTable.<JalonsRecord>of(RecordKind.BENEFICIARY).mapper();

        assertThat(beneficiaries.normalize("eligibility", List.of("RSA", "custom:Orientée par la Mission locale")))
                .isEqualTo(List.of("RSA", "custom:Orientée par la Mission locale"));
        assertThat(Term.parse(Eligibility.class, "custom:  Mission locale ")).isEqualTo(Term.custom("Mission locale"));
        assertThatThrownBy(() -> beneficiaries.normalize("eligibility", List.of("MISSION_LOCALE")))
                .hasMessageContaining("'eligibility'");
    }

    @Test
    void aMissingRatingOrConsentAnswerIsRefusedRatherThanReadAsZeroOrNo() {
        for (String field : List.of("rating", "granted")) {
            RecordKind kind = field.equals("rating") ? RecordKind.CHECK_IN : RecordKind.CONSENT;
            RecordMapper<JalonsRecord> mapper =
                    RecordTable.<JalonsRecord>of(kind).mapper();
            Map<String, Object> wire = new LinkedHashMap<>(mapper.toWire(new Samples(2).any(kind, ID)));
            wire.remove(field);

            assertThatThrownBy(() -> mapper.fromWire(ID, ID, wire))
                    .isExactlyInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'" + field + "'");
        }
    }
}
