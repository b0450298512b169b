package org.jalons.caseload;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import org.jalons.domain.Beneficiary;
import org.jalons.i18n.Messages;
import org.jalons.protocol.Vocabulary.ConsentCategory;
import org.jalons.session.AppServices;
import org.jalons.storage.LocalStore;
import org.jalons.ui.Components;
import org.jalons.ui.Navigator;
import org.jalons.ui.Screen;
import org.jalons.ui.View;

/**
 * A new person, and two files of one person merged (docs/APP.md, "A new person and likely duplicates");
 * {@code org.jalons.AppScreens} says which screen each one is.
 */
public final class PersonScreens {
    private PersonScreens() {}

    /**
     * The profile's fields and the consents the person gives now; "Créer la personne" writes them and opens the new
     * file. Files of the caseload the person is likely to be are shown beside what is typed, each with a way to open
     * it instead.
     */
    public static View newPerson(AppServices services) {
        Messages m = services.messages();
        Navigator nav = services.navigator();
        NewPersonModel model =
                new NewPersonModel(services.store(), services.background(), m, services.clock(), services.today());
        VBox likelySame = new VBox(12);
        likelySame.setId("likely-same");
        model.likelySame().addListener((ListChangeListener<Beneficiary>) change -> {
            List<Node> cards = new ArrayList<>();
            for (Beneficiary existing : model.likelySame()) {
                cards.add(likelySameCard(m, model, existing, () -> {
                    model.giveUp();
                    nav.back();
                    nav.goTo(Screen.BENEFICIARY_FILE, existing.id());
                }));
            }
            likelySame.getChildren().setAll(cards);
        });
        List<FieldSpec> fields = new ArrayList<>(CounsellorScreens.profileFields(m, CounsellorScreens.sites(services)));
        fields.add(FieldSpec.checks("consents", FieldSpec.labels(ConsentCategory.class, m)));
        return new EditorView(
                        model,
                        m,
                        "newPerson.title",
                        "newPerson",
                        fields,
                        List.of(Components.text(m.get("newPerson.consentsHint"), "hint"), likelySame),
                        () -> { // the caseload, read again, then the new file: back from it leads to the caseload
                            nav.back();
                            nav.goTo(Screen.BENEFICIARY_FILE, model.personId());
                        })
                .finishWith(m.get("newPerson.create"));
    }

    private static Node likelySameCard(Messages m, NewPersonModel model, Beneficiary existing, Runnable open) {
        Button openIt = new Button(m.get("newPerson.openExisting", existing.displayName()));
        openIt.setId("open-existing");
        openIt.setWrapText(true);
        openIt.setMaxWidth(Double.MAX_VALUE);
        openIt.setOnAction(e -> open.run());
        VBox card = new VBox(
                8,
                Components.text(m.get("newPerson.likelySame", existing.displayName()), "likely-same-title"),
                PersonComparison.of(m, m.get("compare.typed"), model.typed(), m.get("compare.existing"), existing),
                openIt);
        card.getStyleClass().add("likely-same");
        return card;
    }

    /** Two files of one person: compare, choose what differs, merge; then the kept file opens. */
    public static View merge(AppServices services, LikelyDuplicates.Pair pair) {
        Navigator nav = services.navigator();
        LocalStore store = services.store();
        // A sync may have taken one of them away since the caseload was read (merged on another phone).
        boolean bothHere = store.beneficiaries().find(pair.kept().id()).isPresent()
                && store.beneficiaries().find(pair.other().id()).isPresent();
        return new PersonMergeView(
                bothHere ? PersonMerge.of(store, pair.kept().id(), pair.other().id()) : Optional.empty(),
                bothHere ? "merge.cannot" : "merge.gone",
                services.background(),
                services.messages(),
                kept -> {
                    nav.back();
                    nav.goTo(Screen.BENEFICIARY_FILE, kept);
                });
    }
}
