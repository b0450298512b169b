package org.jalons.domain.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuestionnaireCatalogTest {

    @Test
    void theProjectsQuestionnaireHasNineItemsInFrenchEnglishAndEasyRead() {
        Questionnaire q = QuestionnaireCatalog.pouvoirAgir();

        assertThat(q.id()).isEqualTo("pouvoir-agir");
        assertThat(q.version()).isEqualTo(1);
        assertThat(q.items())
                .hasSize(9)
                .extracting(Questionnaire.Item::id)
                .containsExactly("PA1", "PA2", "PA3", "PA4", "PA5", "PA6", "PA7", "PA8", "PA9");
        assertThat(q.title(Locale.FRENCH)).isEqualTo("Mon pouvoir d’agir");
        assertThat(q.title(Locale.ENGLISH)).isEqualTo("My power to act");
        for (Questionnaire.Item item : q.items()) {
            assertThat(item.text()).containsKeys("fr", "en");
            assertThat(item.easyRead()).containsKeys("fr", "en");
            assertThat(item.pictogram()).isNotBlank();
            assertThat(item.text(Locale.FRENCH, true).length())
                    .as("easy-read is shorter: %s", item.id())
                    .isLessThan(item.text(Locale.FRENCH, false).length());
        }
        assertThat(q.items().get(0).text(Locale.FRENCH, true)).isEqualTo("J’ai un problème. Je trouve une solution.");
        assertThat(q.items().get(0).text(Locale.GERMAN, false))
                .as("falls back to French")
                .startsWith("Quand j’ai un problème");
    }

    static Questionnaire read(String json) throws IOException {
        return QuestionnaireCatalog.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"id\":\"\",\"version\":1,\"title\":{\"fr\":\"T\"},\"items\":[{\"id\":\"A\",\"text\":{\"fr\":\"x\"}}]}|id must be 1 to 64 lowercase letters, digits or hyphens",
                "{\"id\":\"q\",\"version\":0,\"title\":{\"fr\":\"T\"},\"items\":[{\"id\":\"A\",\"text\":{\"fr\":\"x\"}}]}|version must be 1 or more",
                "{\"id\":\"q\",\"version\":1,\"title\":{\"en\":\"T\"},\"items\":[{\"id\":\"A\",\"text\":{\"fr\":\"x\"}}]}|title needs a French text",
                "{\"id\":\"q\",\"version\":1,\"title\":{\"fr\":\"T\"},\"items\":[]}|there must be 1 to 40 items",
                "{\"id\":\"q\",\"version\":1,\"title\":{\"fr\":\"T\"},\"items\":[{\"id\":\"A\",\"text\":{\"fr\":\"x\"}},{\"id\":\"A\",\"text\":{\"fr\":\"y\"}}]}|item ids must be unique: A",
                "{\"id\":\"q\",\"version\":1,\"title\":{\"fr\":\"T\"},\"items\":[{\"id\":\"A\",\"text\":{\"en\":\"x\"}}]}|item A text needs a French text"
            })
    void aBrokenQuestionnaireIsRefusedWithItsReason(String json, String reason) {
        assertThatThrownBy(() -> read(json)).isInstanceOf(IOException.class).hasMessageContaining(reason);
    }

    @Test
    void unknownFieldsAndInvalidJsonAreRefused() {
        assertThatThrownBy(() -> read("{\"id\":\"q\",\"version\":1,\"title\":{\"fr\":\"T\"},\"scoring\":\"sum\","
                        + "\"items\":[{\"id\":\"A\",\"text\":{\"fr\":\"x\"}}]}"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("scoring");
        assertThatThrownBy(() -> read("{\"id\":\"q\",")).isInstanceOf(IOException.class);
    }

    @Test
    void aValidQuestionnaireOfAnotherOrganisationLoadsWithItsOwnScale() throws IOException {
        Questionnaire q = read("{\"id\":\"autre\",\"version\":2,\"title\":{\"fr\":\"Autre\"},"
                + "\"scale\":{\"points\":[{\"label\":{\"fr\":\"Non\"},\"easyLabel\":{\"fr\":\"Non\"}},"
                + "{\"label\":{\"fr\":\"Un peu\"},\"easyLabel\":{\"fr\":\"Un peu\"}},"
                + "{\"label\":{\"fr\":\"Oui\",\"en\":\"Yes\"},\"easyLabel\":{\"fr\":\"Oui !\"}}]},"
                + "\"items\":[{\"id\":\"X1\",\"text\":{\"fr\":\"Je peux\"},\"easyRead\":{\"fr\":\"Je peux\"}}]}");
        assertThat(q.items())
                .singleElement()
                .satisfies(i -> assertThat(i.text(Locale.ENGLISH, true)).isEqualTo("Je peux"));
        assertThat(q.points()).isEqualTo(3);
        assertThat(q.pointLabel(3, Locale.ENGLISH, false)).isEqualTo("Yes");
        assertThat(q.pointLabel(3, Locale.ENGLISH, true)).isEqualTo("Oui !");
        assertThat(QuestionnaireCatalog.parse(QuestionnaireCatalog.write(q))).isEqualTo(q);
    }

    @Test
    void theBundledScaleIsTheFourPointsTheVisitShowedBefore() {
        Questionnaire q = QuestionnaireCatalog.pouvoirAgir();
        assertThat(q.points()).isEqualTo(4);
        assertThat(q.pointLabel(1, Locale.FRENCH, false)).isEqualTo("Pas du tout vrai");
        assertThat(q.pointLabel(4, Locale.ENGLISH, false)).isEqualTo("Completely true");
        assertThat(q.pointLabel(2, Locale.FRENCH, true)).isEqualTo("Un petit peu");
    }
}
