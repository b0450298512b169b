package org.jalons.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.jalons.protocol.Vocabulary.Certification;
import org.jalons.protocol.Vocabulary.GoalTheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessagesAndTermsTest {

    @Test
    void violationsAreToldInFrenchByDefaultAndInEnglish() {
        Violation range = new Violation("rating", "outOfRange", 0.0, 10.0);
        assertThat(range.message(Locale.FRENCH)).isEqualTo("La valeur doit être comprise entre 0 et 10.");
        assertThat(range.message(Locale.ENGLISH)).isEqualTo("The value must be between 0 and 10.");
        assertThat(range.message(Locale.GERMAN))
                .as("no German bundle: French, not the JVM's language")
                .isEqualTo("La valeur doit être comprise entre 0 et 10.");
        assertThat(new Violation("notes", "tooLong", 20_000).message(Locale.FRENCH))
                .isEqualTo("Ce texte est trop long (au plus 20\u202f000 caractères).");
        assertThat(new Violation("notes", "tooLong", 20_000).message(Locale.ENGLISH))
                .isEqualTo("This text is too long (20,000 characters at most).");
    }

    @Test
    void apostrophesSurviveMessageFormatting() {
        assertThat(new Violation("openedOn", "implausibleDate").message(Locale.FRENCH))
                .isEqualTo("Cette date ne semble pas juste\u00a0: vérifiez l’année.");
        assertThat(new Violation("eligibility", "tooMany", 20).message(Locale.FRENCH))
                .isEqualTo("Il y a trop d’éléments (au plus 20).");
        assertThat(new Violation("status", "consentMissing").message(Locale.ENGLISH))
                .isEqualTo("The person’s consent is needed before recording this.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"rules.properties", "rules_en.properties"})
    void noMessagePatternHasAnApostropheThatMessageFormatWouldEat(String bundle) throws IOException {
        Properties p = load(bundle);
        assertThat(p).isNotEmpty();
        p.forEach((key, pattern) -> assertThat(((String) pattern).replace("''", ""))
                .as("%s in %s: use ’ (or '' for a plain one)", key, bundle)
                .doesNotContain("'"));
    }

    @Test
    void bothLanguagesHaveTheSameMessages() throws IOException {
        assertThat(load("rules_en.properties").keySet())
                .isEqualTo(load("rules.properties").keySet());
    }

    @Test
    void everyRuleKeyUsedByTheRecordsHasAMessage() throws IOException {
        Properties fr = load("rules.properties");
        for (String key : List.of(
                "required",
                "tooLong",
                "tooMany",
                "outOfRange",
                "negative",
                "before",
                "implausibleDate",
                "rncpLevelOnlyForRncp",
                "consentMissing",
                "pinTooShort",
                "pinMismatch")) {
            assertThat(fr).containsKey(key);
        }
        assertThat(new Violation("x", "noSuchKey").message(Locale.FRENCH)).isEqualTo("noSuchKey");
    }

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesAndTermsTest.class.getResourceAsStream("/org/jalons/domain/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void aKnownCodeParsesToItsTerm() {
        Term<GoalTheme> theme = Term.parse(GoalTheme.class, "MOBILITE");
        assertThat(theme.known()).isEqualTo(GoalTheme.MOBILITE);
        assertThat(theme.isCustom()).isFalse();
        assertThat(theme.wire()).isEqualTo("MOBILITE");
        assertThat(GoalTheme.MOBILITE.labelKey()).isEqualTo("GoalTheme.MOBILITE");
    }

    @Test
    void aCustomTermKeepsTheTextStripped() {
        Term<Certification> own = Term.parse(Certification.class, "custom:  Permis bateau ");
        assertThat(own.isCustom()).isTrue();
        assertThat(own.custom()).isEqualTo("Permis bateau");
        assertThat(own.wire()).isEqualTo("custom:Permis bateau");
        assertThat(Term.parse(Certification.class, own.wire())).isEqualTo(own);
        assertThat(Term.parse(Certification.class, "custom:custom:x").custom()).isEqualTo("custom:x");
    }

    @ParameterizedTest
    @ValueSource(strings = {"MOBILTE", "mobilite", " MOBILITE", "custom:", "custom:   ", ""})
    void anUnknownBareCodeOrAnEmptyCustomTextIsRefused(String wire) {
        assertThatThrownBy(() -> Term.parse(GoalTheme.class, wire)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTermIsEitherACodeOrAText() {
        assertThatThrownBy(() -> new Term<>(GoalTheme.MOBILITE, "Vélo")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Term<GoalTheme>(null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Term.parse(GoalTheme.class, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
