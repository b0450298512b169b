package org.jalons.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import org.jalons.protocol.Code;
import org.jalons.protocol.Vocabulary;
import org.jalons.protocol.Vocabulary.GoalStatus;
import org.junit.jupiter.api.Test;

class MessagesTest {

    /** The keys written in one language's own file, without what the bundle inherits from French. */
    static Properties own(Language language) throws IOException {
        return own("messages", language);
    }

    static Properties own(String family, Language language) throws IOException {
        String file =
                language == Language.FRENCH ? family + ".properties" : family + "_" + language.tag() + ".properties";
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(file)) {
            assertThat(in).as(file).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyCodeOfEveryVocabularyHasALabelInBothLanguages() throws IOException {
        List<Class<?>> vocabularies = List.of(Vocabulary.class.getDeclaredClasses());
        assertThat(vocabularies).hasSizeGreaterThan(15);
        List<String> missing = new ArrayList<>();
        for (Language language : Language.values()) {
            Properties texts = own(language);
            for (Class<?> type : vocabularies) {
                assertThat(type.isEnum() && Code.class.isAssignableFrom(type))
                        .as(type.getName())
                        .isTrue();
                for (Object constant : type.getEnumConstants()) {
                    String key = ((Code) constant).labelKey();
                    if (texts.getProperty(key, "").isBlank()) {
                        missing.add(language + " " + key);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void frenchAndEnglishBundlesHaveTheSameKeys() throws IOException {
        assertThat(own(Language.ENGLISH).stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(own(Language.FRENCH).stringPropertyNames());
        assertThat(Messages.bundle(Language.ENGLISH.locale()).getLocale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void everyFamilyHasTheSameKeysInBothLanguagesAndNoKeyIsInTwoFamilies() throws IOException {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String family : Messages.FAMILIES) {
            Properties french = own(family, Language.FRENCH);
            assertThat(own(family, Language.ENGLISH).stringPropertyNames())
                    .as(family)
                    .containsExactlyInAnyOrderElementsOf(french.stringPropertyNames());
            for (String key : french.stringPropertyNames()) {
                assertThat(seen.add(key)).as("key in two families: " + key).isTrue();
            }
        }
    }

    @Test
    void everyTextIsAValidMessagePattern() {
        for (Language language : Language.values()) {
            for (ResourceBundle bundle : Messages.bundles(language.locale())) {
                for (String key : bundle.keySet()) {
                    String pattern = bundle.getString(key);
                    new MessageFormat(pattern, language.locale());
                }
            }
        }
    }

    @Test
    void frenchStaysTheBaseEvenWhenTheDeviceSpeaksEnglish() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        try {
            Messages messages = new Messages(Language.FRENCH);
            assertThat(messages.label(GoalStatus.ATTEINT)).isEqualTo("Atteint");
            assertThat(messages.get("caseload.openGoals", 2)).isEqualTo("2 objectifs en cours");
            messages.setLanguage(Language.ENGLISH);
            assertThat(messages.label(GoalStatus.ATTEINT)).isEqualTo("Achieved");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aMissingKeyShowsTheKeyInsteadOfBreakingTheScreen() {
        assertThat(new Messages(Language.FRENCH).get("no.such.key")).isEqualTo("no.such.key");
    }

    @Test
    void countsArePluralsAndTheCounsellorIsNamedInTheFormTheyChose() {
        Messages fr = new Messages(Language.FRENCH);
        assertThat(fr.get("my.goal.open", 1, 3)).isEqualTo("Mes étapes\u00a0: 1 faite sur 3");
        assertThat(fr.get("my.goal.open", 2, 3)).isEqualTo("Mes étapes\u00a0: 2 faites sur 3");
        assertThat(fr.get("overview.goalsAchieved", 1)).isEqualTo("Objectif atteint");
        assertThat(fr.get("overview.goalsAchieved", 4)).isEqualTo("Objectifs atteints");
        assertThat(fr.get("my.counsellor", 7, "feminine", "Camille")).isEqualTo("Ma conseillère Camille\u00a0: 7/10");
        assertThat(fr.get("my.counsellor", 7, "masculine", "Karim")).isEqualTo("Mon conseiller Karim\u00a0: 7/10");
        assertThat(fr.get("my.counsellor", 7, "neutral", "Camille")).isEqualTo("Camille, qui m’accompagne\u00a0: 7/10");
        assertThat(fr.get("my.counsellor", 7, "unknown", "")).isEqualTo("La personne qui m’accompagne\u00a0: 7/10");
        Messages en = new Messages(Language.ENGLISH);
        assertThat(en.get("overview.people", 1)).isEqualTo("Person supported");
        assertThat(en.get("my.progress.counsellor", 2, 6, 1, "unknown", ""))
                .isEqualTo("The person who supports me: from 2 to 6 out of 10 (1 rating).");
        assertThat(en.get("my.progress.counsellor", 2, 6, 1, "masculine", "Karim"))
                .isEqualTo("My counsellor Karim: from 2 to 6 out of 10 (1 rating).");
    }

    @Test
    void onlyATextWithAPluralOrASelectLoadsIcuWhichIsSlowToStart() {
        assertThat(Messages.format("Bonjour {0}", Locale.FRENCH)).isInstanceOf(java.text.MessageFormat.class);
        assertThat(Messages.format("{0,choice,1#1 jour|1<{0} jours}", Locale.FRENCH))
                .isInstanceOf(java.text.MessageFormat.class);
        assertThat(Messages.format("{0, plural, one {# jour} other {# jours}}", Locale.FRENCH))
                .isInstanceOf(com.ibm.icu.text.MessageFormat.class);
        assertThat(Messages.format("{1, select, feminine {elle} other {iel}}", Locale.FRENCH))
                .isInstanceOf(com.ibm.icu.text.MessageFormat.class);
        assertThat(Messages.format("It's {0}", Locale.ENGLISH).format(new Object[] {"Camille"}))
                .isEqualTo("It's Camille");
    }
}
