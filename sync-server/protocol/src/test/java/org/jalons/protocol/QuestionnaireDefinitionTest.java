package org.jalons.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.jalons.protocol.QuestionnaireDefinition.Item;
import org.jalons.protocol.QuestionnaireDefinition.Point;
import org.jalons.protocol.QuestionnaireDefinition.Scale;
import org.junit.jupiter.api.Test;

/** The rules a questionnaire's version follows, on the server that publishes it and on the phones that show it. */
class QuestionnaireDefinitionTest {

    @Test
    void aSmallWellFormedDefinitionHasNoProblem() {
        assertThat(definition(scale(4), items(3)).problems()).isEmpty();
    }

    @Test
    void itemsGoFromOneToForty() {
        assertThat(definition(scale(4), items(0)).problems()).anyMatch(p -> p.contains("1 to 40 items"));
        assertThat(definition(scale(4), items(40)).problems()).isEmpty();
        assertThat(definition(scale(4), items(41)).problems()).anyMatch(p -> p.contains("1 to 40 items"));
    }

    @Test
    void aScaleHasTwoToSevenPoints() {
        assertThat(definition(scale(1), items(2)).problems()).anyMatch(p -> p.contains("2 to 7 points"));
        assertThat(definition(scale(2), items(2)).problems()).isEmpty();
        assertThat(definition(scale(7), items(2)).problems()).isEmpty();
        assertThat(definition(scale(8), items(2)).problems()).anyMatch(p -> p.contains("2 to 7 points"));
        assertThat(definition(null, items(2)).problems()).contains("a scale is required");
    }

    @Test
    void itemIdsAreUniqueAndPictogramsKnown() {
        List<Item> items = new ArrayList<>(items(2));
        items.add(item("Q1", "work"));
        assertThat(definition(scale(4), items).problems()).contains("item ids must be unique: Q1");
        assertThat(definition(scale(4), List.of(item("Q1", "unicorn"))).problems())
                .contains("item Q1 names an unknown pictogram");
        assertThat(definition(scale(4), List.of(item("Q 1", "work"))).problems())
                .anyMatch(p -> p.startsWith("item ids must be"));
    }

    @Test
    void everyTextNeedsFrenchAndKnownLanguagesOnly() {
        Item noFrench = new Item("Q1", Map.of("en", "I can"), fr("Je peux"), "work");
        assertThat(definition(scale(4), List.of(noFrench)).problems()).contains("item Q1 text needs a French text");
        Item german = new Item("Q1", Map.of("fr", "Je peux", "de", "Ich kann"), fr("Je peux"), "work");
        assertThat(definition(scale(4), List.of(german)).problems())
                .contains("item Q1 text may be given in French (fr) and English (en) only");
        Item noEasy = new Item("Q1", fr("Je peux"), null, "work");
        assertThat(definition(scale(4), List.of(noEasy)).problems())
                .contains("item Q1 easy-read text needs a French text");
        QuestionnaireDefinition noTitle =
                new QuestionnaireDefinition("mon-test", 1, Map.of("en", "T"), null, scale(4), items(1));
        assertThat(noTitle.problems()).contains("title needs a French text");
    }

    @Test
    void badTextsAreRefused() {
        Item control = new Item("Q1", fr("Je\u0007 peux"), fr("Je peux"), "work");
        assertThat(definition(scale(4), List.of(control)).problems())
                .contains("item Q1 text (fr) holds characters that are not allowed");
        Item lineBreak = new Item("Q1", fr("Je\npeux"), fr("Je peux"), "work");
        assertThat(definition(scale(4), List.of(lineBreak)).problems())
                .contains("item Q1 text (fr) holds characters that are not allowed");
        Item tooLong = new Item("Q1", fr("a".repeat(301)), fr("Je peux"), "work");
        assertThat(definition(scale(4), List.of(tooLong)).problems())
                .contains("item Q1 text (fr) must be at most 300 characters");
        Item notNfc = new Item("Q1", fr("Je peux e\u0301crire"), fr("Je peux"), "work");
        assertThat(definition(scale(4), List.of(notNfc)).problems())
                .contains("item Q1 text (fr) must be in normal form (NFC)");
        QuestionnaireDefinition badId =
                new QuestionnaireDefinition("Mon Test", 0, fr("Titre"), null, scale(4), items(1));
        assertThat(badId.problems())
                .contains("id must be 1 to 64 lowercase letters, digits or hyphens", "version must be 1 or more");
    }

    @Test
    void answersMustNameItemsOfTheVersionWithPointsOfItsScale() {
        QuestionnaireDefinition five = definition(scale(5), items(3));
        assertThat(five.answerProblem(Map.of("Q1", 5, "Q2", 1))).isNull();
        assertThat(five.answerProblem(Map.of("Q1", 6))).isEqualTo("answers to version 1 go from 1 to 5");
        assertThat(five.answerProblem(Map.of("Q1", 0))).isEqualTo("answers to version 1 go from 1 to 5");
        assertThat(five.answerProblem(Map.of("Q9", 2))).isEqualTo("item Q9 is not in version 1 of this questionnaire");
        assertThat(five.answerProblem(Map.of())).isEqualTo("a response needs at least one answer");
    }

    static QuestionnaireDefinition definition(Scale scale, List<Item> items) {
        return new QuestionnaireDefinition(
                "mon-test", 1, Map.of("fr", "Mon test", "en", "My test"), fr("Dites-nous."), scale, items);
    }

    static Scale scale(int points) {
        return new Scale(IntStream.rangeClosed(1, points)
                .mapToObj(i -> new Point(fr("Point " + i), fr("Niveau " + i)))
                .toList());
    }

    static List<Item> items(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> item("Q" + i, i % 2 == 0 ? "learn" : null))
                .toList();
    }

    static Item item(String id, String pictogram) {
        return new Item(id, fr("Phrase " + id), fr("Facile " + id), pictogram);
    }

    static Map<String, String> fr(String text) {
        return Map.of("fr", text);
    }
}
