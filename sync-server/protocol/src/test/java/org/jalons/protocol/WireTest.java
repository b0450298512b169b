package org.jalons.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The wire records: the properties the server accepts in a push are the records' own, an answer with a property a
 * phone does not know still reads, and a result is written without its empty properties.
 */
class WireTest {

    static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void thePropertiesAPushMayHoldAreThoseOfItsRecords() {
        assertThat(Wire.PushRequest.PROPERTIES).isEqualTo(components(Wire.PushRequest.class));
        assertThat(Wire.Change.PROPERTIES).isEqualTo(components(Wire.Change.class));
    }

    @Test
    void aRequestWithAPropertyItDoesNotKnowIsRefused() {
        assertThatThrownBy(
                        () -> MAPPER.readValue("{\"protocol\":1,\"changes\":[],\"extra\":1}", Wire.PushRequest.class))
                .isInstanceOf(UnrecognizedPropertyException.class);
        assertThatThrownBy(() -> MAPPER.readValue("{\"changeId\":null,\"priority\":1}", Wire.Change.class))
                .isInstanceOf(UnrecognizedPropertyException.class);
    }

    @Test
    void aPairingCodeRequestNamesOneIdAndIsWrittenWithoutTheOther() throws Exception {
        java.util.UUID id = java.util.UUID.fromString("0190c3a2-0000-7000-8000-000000000001");
        assertThat(MAPPER.writeValueAsString(Wire.PairingCodeRequest.forUser(id)))
                .isEqualTo("{\"userId\":\"" + id + "\"}");
        assertThat(MAPPER.writeValueAsString(Wire.PairingCodeRequest.forBeneficiary(id)))
                .isEqualTo("{\"beneficiaryId\":\"" + id + "\"}");
        assertThat(MAPPER.readValue("{\"beneficiaryId\":\"" + id + "\"}", Wire.PairingCodeRequest.class))
                .isEqualTo(Wire.PairingCodeRequest.forBeneficiary(id));
        assertThatThrownBy(() -> MAPPER.readValue(
                        "{\"code\":\"K7P2QX9M\",\"deviceName\":\"x\",\"device\":\"y\"}", Wire.PairRequest.class))
                .isInstanceOf(UnrecognizedPropertyException.class);
    }

    @Test
    void theOrganisationsVocabularyReadsWithItsLabelsAndMergedCodes() throws Exception {
        Wire.OrgVocabulary answer = MAPPER.readValue(
                "{\"terms\":[{\"kind\":\"GOAL_THEME\",\"code\":\"ORG_K7P2QX9M\",\"label\":\"Passer le permis\","
                        + "\"easyLabel\":null,\"active\":true,\"labels\":[\"Permis\",\"Passer le permis\"],"
                        + "\"colour\":\"red\"}],\"merged\":[{\"code\":\"ORG_AAAAAAAA\",\"into\":\"ORG_K7P2QX9M\"}],"
                        + "\"later\":1}",
                Wire.OrgVocabulary.class);

        assertThat(answer.terms()).singleElement().satisfies(t -> {
            assertThat(t.kind()).isEqualTo("GOAL_THEME");
            assertThat(t.code()).isEqualTo("ORG_K7P2QX9M");
            assertThat(t.active()).isTrue();
            assertThat(t.easyLabel()).isNull();
            assertThat(t.labels()).containsExactly("Permis", "Passer le permis");
        });
        assertThat(answer.merged()).containsExactly(new Wire.MergedTerm("ORG_AAAAAAAA", "ORG_K7P2QX9M"));
    }

    @Test
    void anAnswerFromANewerServerWithMorePropertiesStillReads() throws Exception {
        Wire.PushResponse answer = MAPPER.readValue(
                "{\"results\":[{\"changeId\":\"c\",\"status\":\"APPLIED\",\"code\":200,\"version\":1,\"seq\":7,"
                        + "\"newThing\":{\"a\":1}}],\"newTop\":true}",
                Wire.PushResponse.class);

        assertThat(answer.results()).singleElement().satisfies(r -> {
            assertThat(r.acknowledged()).isTrue();
            assertThat(r.seq()).isEqualTo(7L);
        });
    }

    @Test
    void aResultIsWrittenWithoutItsEmptyProperties() throws Exception {
        assertThat(MAPPER.writeValueAsString(Wire.ChangeResult.applied("c", 2, 9, List.of())))
                .isEqualTo("{\"changeId\":\"c\",\"status\":\"APPLIED\",\"code\":200,\"version\":2,\"seq\":9}");
        Wire.ChangeResult rejected = Wire.ChangeResult.rejected("c", 422, "invalid_change", "no");
        assertThat(rejected.acknowledged()).isFalse();
        assertThat(Wire.ChangeResult.applied("c", 2, 9, List.of("k"))
                        .asDuplicate()
                        .status())
                .isEqualTo(Wire.ChangeResult.DUPLICATE);
    }

    private static Set<String> components(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName)
                .collect(Collectors.toSet());
    }
}
