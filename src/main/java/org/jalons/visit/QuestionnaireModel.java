package org.jalons.visit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.jalons.caseload.VisitKeys;
import org.jalons.domain.JalonsRecord;
import org.jalons.domain.QuestionnaireResponse;
import org.jalons.domain.questionnaire.Questionnaire;
import org.jalons.protocol.Vocabulary.Likert;
import org.jalons.storage.DraftKey;
import org.jalons.storage.LocalStore;

/**
 * The power-to-act questionnaire, one item per screen, answered on the 1–4 scale. Each answer is kept in the
 * draft {@code questionnaire:<beneficiaryId>}; the last one saves the response. The score is the mean (1–4),
 * shown next to the previous responses, never as the only figure. Easy-read (FALC) shows each item's short
 * sentence and plain answers; it starts from the device's setting, can be switched for this person during the
 * questionnaire, and is kept with the draft so that a resumed questionnaire reads the same.
 */
public final class QuestionnaireModel {
    private final LocalStore store;
    private final UUID beneficiaryId;
    private final Clock clock;
    private final Questionnaire questionnaire;
    private final DraftKey key;
    private final IntegerProperty index = new SimpleIntegerProperty(this, "index");
    private final ObservableMap<String, Integer> answers = FXCollections.observableMap(new LinkedHashMap<>());
    private final BooleanProperty finished = new SimpleBooleanProperty(this, "finished");
    private final BooleanProperty easyRead = new SimpleBooleanProperty(this, "easyRead");
    private final List<QuestionnaireResponse> history;
    private QuestionnaireResponse saved;

    public QuestionnaireModel(LocalStore store, UUID beneficiaryId, Questionnaire questionnaire, Clock clock) {
        this(store, beneficiaryId, questionnaire, clock, false);
    }

    /** {@code easyReadByDefault}: the device's easy-read setting, used unless the draft says otherwise. */
    public QuestionnaireModel(
            LocalStore store, UUID beneficiaryId, Questionnaire questionnaire, Clock clock, boolean easyReadByDefault) {
        this.store = store;
        this.beneficiaryId = beneficiaryId;
        this.clock = clock;
        this.questionnaire = questionnaire;
        this.key = VisitKeys.questionnaire(beneficiaryId);
        this.history = store.questionnaireResponses().forBeneficiary(beneficiaryId).stream()
                .filter(r -> r.questionnaireId().equals(questionnaire.id()))
                .sorted(java.util.Comparator.comparing(QuestionnaireResponse::answeredAt))
                .toList();
        Optional<Map<String, Object>> draft = store.drafts().load(key);
        draft.ifPresent(d -> {
            d.forEach((k, v) -> {
                if (k.startsWith("answer.")) {
                    answers.put(k.substring(7), Integer.parseInt(v.toString()));
                }
            });
            index.set(Math.min(Integer.parseInt(d.getOrDefault("index", "0").toString()), size() - 1));
        });
        easyRead.set(draft.map(d -> d.get("easyRead"))
                .map(v -> Boolean.parseBoolean(v.toString()))
                .orElse(easyReadByDefault));
        easyRead.addListener((obs, was, now) -> {
            if (!answers.isEmpty() || index.get() > 0) {
                saveDraft();
            }
        });
    }

    public Questionnaire questionnaire() {
        return questionnaire;
    }

    public int size() {
        return questionnaire.items().size();
    }

    public IntegerProperty indexProperty() {
        return index;
    }

    public Questionnaire.Item item() {
        return questionnaire.items().get(index.get());
    }

    public ObservableMap<String, Integer> answers() {
        return answers;
    }

    /** Easy-read texts for this person's questionnaire. */
    public BooleanProperty easyReadProperty() {
        return easyRead;
    }

    /** The current item's sentence, in easy-read when it is on. */
    public String sentence(java.util.Locale locale) {
        return item().text(locale, easyRead.get());
    }

    public BooleanProperty finishedProperty() {
        return finished;
    }

    /** Keeps the answer to the current item and moves on; the last answer saves the response. */
    public void answer(Likert value) {
        answers.put(item().id(), value.value());
        if (index.get() < size() - 1) {
            index.set(index.get() + 1);
            saveDraft();
        } else if (answers.size() == size()) {
            finish();
        } else {
            saveDraft();
            index.set(firstUnanswered());
        }
    }

    public void previous() {
        if (index.get() > 0) {
            index.set(index.get() - 1);
            saveDraft();
        }
    }

    private int firstUnanswered() {
        for (int i = 0; i < size(); i++) {
            if (!answers.containsKey(questionnaire.items().get(i).id())) {
                return i;
            }
        }
        return size() - 1;
    }

    private void saveDraft() {
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("index", String.valueOf(index.get()));
        draft.put("easyRead", String.valueOf(easyRead.get()));
        answers.forEach((k, v) -> draft.put("answer." + k, String.valueOf(v)));
        store.drafts().save(key, draft);
    }

    private void finish() {
        saved = new QuestionnaireResponse(
                JalonsRecord.newId(),
                beneficiaryId,
                questionnaire.id(),
                questionnaire.version(),
                Map.copyOf(answers),
                clock.instant());
        store.questionnaireResponses().save(saved);
        store.drafts().clear(key);
        finished.set(true);
    }

    /** The mean of the answers on the 1–4 scale. */
    public static double score(Map<String, Integer> answers) {
        return answers.values().stream().mapToInt(Integer::intValue).average().orElse(Double.NaN);
    }

    public QuestionnaireResponse saved() {
        return saved;
    }

    /** Responses before this one, oldest first. */
    public List<QuestionnaireResponse> history() {
        return new ArrayList<>(history);
    }

    /** The change since the previous response, or null for a first one. */
    public Double change() {
        if (saved == null || history.isEmpty()) {
            return null;
        }
        return saved.meanScore() - history.get(history.size() - 1).meanScore();
    }
}
