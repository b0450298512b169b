package org.jalons.caseload;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.jalons.domain.Beneficiary;
import org.jalons.i18n.Messages;
import org.jalons.ui.Components;
import org.jalons.ui.kit.Columns;

/**
 * Two people's files side by side (one under the other on a phone): what a counsellor reads to tell whether they are
 * the same person, before creating a new one or merging two.
 */
final class PersonComparison {
    private PersonComparison() {}

    static Node of(Messages m, String leftTitle, Beneficiary left, String rightTitle, Beneficiary right) {
        Columns columns = new Columns(12);
        columns.getStyleClass().add("person-comparison");
        columns.getChildren()
                .addAll(card(m, leftTitle, left, "compare-left"), card(m, rightTitle, right, "compare-right"));
        return columns;
    }

    private static VBox card(Messages m, String title, Beneficiary b, String id) {
        VBox card = new VBox(4, Components.text(title, "card-title"));
        card.setId(id);
        card.getStyleClass().addAll("card", "person-compare-card");
        for (String line : lines(m, b)) {
            card.getChildren().add(Components.text(line, "row-detail"));
        }
        return card;
    }

    /** The fields a person is recognised by, those filled in only. */
    static List<String> lines(Messages m, Beneficiary b) {
        List<String> out = new ArrayList<>();
        add(out, m, "displayName", b.displayName());
        add(out, m, "entryDate", b.entryDate() == null ? null : Format.date(b.entryDate(), m));
        add(out, m, "site", b.site());
        add(out, m, "contractType", b.contractType() == null ? null : Format.term(b.contractType(), m));
        add(out, m, "educationLevel", b.educationLevel() == null ? null : Format.label(b.educationLevel(), m));
        add(out, m, "phone", b.phone());
        add(out, m, "address", b.address());
        add(out, m, "contact", b.contact());
        add(
                out,
                m,
                "eligibility",
                b.eligibility().isEmpty()
                        ? null
                        : String.join(
                                ", ",
                                b.eligibility().stream()
                                        .map(t -> Format.term(t, m))
                                        .toList()));
        return out;
    }

    private static void add(List<String> out, Messages m, String field, String value) {
        if (value != null && !value.isBlank()) {
            out.add(m.get("compare.line", m.get("compare.field." + field), value));
        }
    }
}
