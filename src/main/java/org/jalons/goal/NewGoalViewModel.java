package org.jalons.goal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.jalons.beneficiary.FormModel;
import org.jalons.domain.Goal;
import org.jalons.domain.JalonsRecord;
import org.jalons.domain.OrgTerm;
import org.jalons.domain.Term;
import org.jalons.protocol.Vocabulary.GoalStatus;
import org.jalons.protocol.Vocabulary.GoalTheme;
import org.jalons.protocol.Vocabulary.ProposedBy;
import org.jalons.storage.DraftKey;
import org.jalons.storage.LocalStore;
import org.jalons.ui.Background;
import org.jalons.ui.EasyRead;

/** A goal of my own: a theme picked among pictograms and my words after "Je me sens capable de…". */
public final class NewGoalViewModel extends FormModel {
    static final int MAX_PHRASING = 500;

    private final Clock clock;
    private final StringProperty theme = new SimpleStringProperty(this, "theme", "");
    private final StringProperty words = new SimpleStringProperty(this, "words", "");
    private final StringProperty themeError = new SimpleStringProperty(this, "themeError", "");
    private final StringProperty wordsError = new SimpleStringProperty(this, "wordsError", "");
    private final ObjectProperty<GoalTheme> chosenTheme = new SimpleObjectProperty<>(this, "chosenTheme");

    public NewGoalViewModel(LocalStore store, Background background, EasyRead texts, Clock clock) {
        super(store, background, texts, DraftKey.of(DraftKey.Form.MY_NEW_GOAL));
        this.clock = clock;
        theme.addListener((obs, was, now) -> chosenTheme.set(parse(now)));
        form.add("theme", theme);
        form.add("words", words);
        loadDraft(() -> {});
    }

    private static GoalTheme parse(String code) {
        try {
            return code == null || code.isEmpty() ? null : GoalTheme.valueOf(code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public void chooseTheme(GoalTheme chosen) {
        theme.set(chosen.name());
        themeError.set("");
    }

    /** The organisation's own themes, proposed first. */
    public List<OrgTerm> orgThemes() {
        return store.orgVocabulary().proposed(OrgTerm.Kind.GOAL_THEME);
    }

    /** One of the organisation's themes: written as its label, counted under its code by the server. */
    public void chooseOrgTheme(OrgTerm chosen) {
        theme.set(GoalEditorModel.ORG + chosen.code());
        themeError.set("");
    }

    /** The organisation's theme chosen, if the choice is one (and still in the list). */
    private Optional<OrgTerm> chosenOrgTheme() {
        String value = theme.get();
        if (value == null || !value.startsWith(GoalEditorModel.ORG)) {
            return Optional.empty();
        }
        String code = value.substring(GoalEditorModel.ORG.length());
        return orgThemes().stream().filter(t -> t.code().equals(code)).findFirst();
    }

    /** The phrasing as it will be kept: the first-person opening, then my words. */
    public String phrasing() {
        return texts.messages().get("my.goal.opening") + " " + words.get().strip();
    }

    @Override
    protected List<BooleanSupplier> pages() {
        return List.of(this::checkTheme, this::checkWords);
    }

    boolean checkTheme() {
        themeError.set(
                chosenTheme.get() == null && chosenOrgTheme().isEmpty() ? texts.get("my.goal.themeMissing") : "");
        return themeError.get().isEmpty();
    }

    boolean checkWords() {
        int opening = texts.messages().get("my.goal.opening").length() + 1;
        wordsError.set(check(words.get(), MAX_PHRASING - opening, "my.goal.wordsMissing"));
        return wordsError.get().isEmpty();
    }

    public boolean save(Runnable onSaved) {
        boolean themeOk = checkTheme();
        if (!checkWords() || !themeOk) {
            return false;
        }
        LocalDate today = LocalDate.now(clock);
        Goal goal = new Goal(
                JalonsRecord.newId(),
                me(),
                chosenTheme.get() != null
                        ? Term.of(chosenTheme.get())
                        : Term.<GoalTheme>custom(chosenOrgTheme().orElseThrow().label()),
                phrasing(),
                ProposedBy.BENEFICIARY,
                GoalStatus.EN_COURS,
                null,
                today,
                null);
        write(() -> store.goals().save(goal), onSaved);
        return true;
    }

    public ObjectProperty<GoalTheme> chosenThemeProperty() {
        return chosenTheme;
    }

    /** The theme chosen: a vocabulary code, or {@code org:<code>} for one of the organisation's. */
    public ReadOnlyStringProperty themeProperty() {
        return theme;
    }

    public StringProperty wordsProperty() {
        return words;
    }

    public ReadOnlyStringProperty themeErrorProperty() {
        return themeError;
    }

    public ReadOnlyStringProperty wordsErrorProperty() {
        return wordsError;
    }
}
