package org.jalons.caseload;

import java.util.Set;
import org.jalons.domain.Violation;
import org.jalons.i18n.Messages;

/** A broken rule in the words of the form: the record's own message, with field names as the form calls them. */
public final class FormText {
    private static final Set<String> OWN = Set.of("notANumber", "notADate", "phrasingIncomplete", "customEmpty");

    private FormText() {}

    public static String message(Violation v, Messages m) {
        if (OWN.contains(v.key())) {
            return m.get("form." + v.key());
        }
        if (v.key().equals("before") && v.args().length == 1) {
            return m.get("form.before", m.get("form.field." + v.args()[0]));
        }
        return m.violation(v);
    }
}
