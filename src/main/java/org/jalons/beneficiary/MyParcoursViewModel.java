package org.jalons.beneficiary;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jalons.domain.CheckIn;
import org.jalons.domain.Goal;
import org.jalons.domain.Term;
import org.jalons.domain.Vocabulary.GoalTheme;
import org.jalons.domain.Vocabulary.Rater;
import org.jalons.i18n.Messages;
import org.jalons.storage.LocalStore;
import org.jalons.ui.Background;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** "Mon parcours": the person's own goals, open ones first, each with the latest confidence ratings. */
public final class MyParcoursViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(MyParcoursViewModel.class);

    private final LocalStore store;
    private final Background background;
    private final Messages messages;
    private final ObservableList<GoalCard> goals = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");

    public MyParcoursViewModel(LocalStore store, Background background, Messages messages) {
        this.store = store;
        this.background = background;
        this.messages = messages;
    }

    public void load() {
        UUID me = store.profile().beneficiaryId();
        loading.set(true);
        background.run(() -> read(me), cards -> {
            goals.setAll(cards);
            loading.set(false);
        }, failure -> {
            loading.set(false);
            LOG.error("The goals of the parcours could not be read", failure);
            error.set(messages.get("error.unexpected"));
        });
    }

    private List<GoalCard> read(UUID me) {
        if (me == null) {
            return List.of();
        }
        Map<UUID, Integer> self = new HashMap<>();
        Map<UUID, Integer> counsellor = new HashMap<>();
        for (CheckIn c : store.checkIns().forBeneficiaryOverTime(me)) {
            (c.rater() == Rater.BENEFICIARY ? self : counsellor).put(c.goalId(), c.rating());
        }
        return store.goals().forBeneficiary(me).stream()
                .sorted(Comparator.comparing(Goal::isOpen).reversed()
                        .thenComparing(Goal::openedOn, Comparator.reverseOrder()))
                .map(g -> new GoalCard(g.id(), g.phrasing(), theme(g.theme()), g.status(),
                        messages.label(g.status()), self.get(g.id()), counsellor.get(g.id()), g.targetDate()))
                .toList();
    }

    private String theme(Term<GoalTheme> theme) {
        return theme.isCustom() ? theme.custom() : messages.label(theme.known());
    }

    public String greeting() {
        return messages.get("parcours.hello", store.profile().displayName());
    }

    public ObservableList<GoalCard> goals() {
        return goals;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }
}
