package org.jalons.visit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.jalons.caseload.VisitKeys;
import org.jalons.domain.JalonsRecord;
import org.jalons.domain.QuestionnaireResponse;
import org.jalons.domain.questionnaire.Questionnaire;
import org.jalons.storage.DraftKey;
import org.jalons.storage.LocalStore;
import org.jalons.ui.Background;
import org.jalons.ui.form.FormDraft;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A questionnaire (any version the organisation published), one item per screen, answered on its own scale. Each answer is kept in the
 * draft {@code questionnaire:<beneficiaryId>}; the last one saves the response. The score is the mean on the
 * scale, shown next to the previous responses of the same version only, never as the only figure. Easy-read (FALC) shows each item's short
 * sentence and plain answers; it starts from the device's setting, can be switched for this person during the
 * questionnaire, and is kept with the draft so that a resumed questionnaire reads the same. The draft and the
 * previous responses are read, and the response written, on the store thread; answers wait for the draft.
 */
public final class QuestionnaireModel {
    private static final Logger LOG = LoggerFactory.getLogger(QuestionnaireModel.class);

    private final LocalStore store;
    private final Background background;
    private final FormDraft draft;
    private final UUID beneficiaryId;
    private final Clock clock;
    private final Questionnaire questionnaire;
    private final DraftKey key;
    private final IntegerProperty index = new SimpleIntegerProperty(this, "index");
    private final ObservableMap<String, Integer> answers = FXCollections.observableMap(new LinkedHashMap<>());
    private final BooleanProperty finished = new SimpleBooleanProperty(this, "finished");
    private final BooleanProperty easyRead = new SimpleBooleanProperty(this, "easyRead");
    private final BooleanProperty loaded = new SimpleBooleanProperty(this, "loaded");
    private final List<QuestionnaireResponse> history = new ArrayList<>();
    private QuestionnaireResponse saved;
    private boolean writing;

    public QuestionnaireModel(
            LocalStore store, Background background, UUID beneficiaryId, Questionnaire questionnaire, Clock clock) {
        this(store, background, beneficiaryId, questionnaire, clock, false);
    }

    /** {@code easyReadByDefault}: the device's easy-read setting, used unless the draft says otherwise. */
    public QuestionnaireModel(
            LocalStore store,
            Background background,
            UUID beneficiaryId,
            Questionnaire questionnaire,
            Clock clock,
            boolean easyReadByDefault) {
        this.store = store;
        this.background = background;
        this.beneficiaryId = beneficiaryId;
        this.clock = clock;
        this.questionnaire = questionnaire;
        this.key = VisitKeys.questionnaire(beneficiaryId);
        this.draft = new FormDraft(store.drafts(), background, key);
        easyRead.set(easyReadByDefault);
        easyRead.addListener((obs, was, now) -> {
            if (loaded.get() && (!answers.isEmpty() || index.get() > 0)) {
                saveDraft();
            }
        });
        background.run(
                () -> store.questionnaireResponses().forBeneficiary(beneficiaryId).stream()
                        // results compare only within a version: another version's answers are other questions
                        .filter(r -> r.questionnaireId().equals(questionnaire.id())
                                && r.questionnaireVersion() == questionnaire.version())
                        .sorted(java.util.Comparator.comparing(QuestionnaireResponse::answeredAt))
                        .toList(),
                history::addAll,
                failure -> LOG.warn("The previous questionnaires of {} cannot be read", beneficiaryId, failure));
        draft.load(this::resume);
    }

    /** Takes up the answers, the question reached and the easy-read choice the draft kept. */
    private void resume(Map<String, Object> kept) {
        try {
            java.util.Set<String> items = questionnaire.items().stream()
                    .map(Questionnaire.Item::id)
                    .collect(java.util.stream.Collectors.toSet());
            kept.forEach((k, v) -> {
                // a draft of another questionnaire for this person keeps none of its answers here
                if (k.startsWith("answer.") && items.contains(k.substring(7))) {
                    answers.put(k.substring(7), Integer.parseInt(v.toString()));
                }
            });
            index.set(Math.max(
                    0, Math.min(Integer.parseInt(kept.getOrDefault("index", "0").toString()), size() - 1)));
        } catch (RuntimeException e) {
            LOG.warn("The questionnaire draft of {} cannot be read; the questionnaire starts again", beneficiaryId, e);
            answers.clear();
            index.set(0);
        }
        Object easy = kept.get("easyRead");
        if (easy != null) {
            easyRead.set(Boolean.parseBoolean(easy.toString()));
        }
        loaded.set(true);
    }

    /** True once the draft is read: answers are taken from then on. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded;
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

    /** Keeps the answer to the current item (a point of the scale, 1 to its size) and moves on; the last saves. */
    public void answer(int value) {
        if (!loaded.get() || writing || finished.get() || value < 1 || value > questionnaire.points()) {
            return;
        }
        answers.put(item().id(), value);
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
        this.draft.save(draft);
    }

    /** Writes the response and removes the draft in one transaction; on a failure the answers stay for a retry. */
    private void finish() {
        QuestionnaireResponse response = new QuestionnaireResponse(
                JalonsRecord.newId(),
                beneficiaryId,
                questionnaire.id(),
                questionnaire.version(),
                Map.copyOf(answers),
                clock.instant());
        writing = true;
        background.run(
                () -> {
                    store.inOneTransaction(() -> {
                        store.questionnaireResponses().save(response);
                        store.drafts().clear(key);
                    });
                    draft.close();
                    return response;
                },
                written -> {
                    writing = false;
                    saved = written;
                    finished.set(true);
                },
                failure -> {
                    writing = false;
                    LOG.error("The questionnaire of {} could not be saved", beneficiaryId, failure);
                    saveDraft();
                });
    }

    /** The mean of the answers on the version's scale (1 to its number of points). */
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
