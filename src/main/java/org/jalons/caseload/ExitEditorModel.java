package org.jalons.caseload;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import org.jalons.domain.Exit;
import org.jalons.domain.FollowUp;
import org.jalons.domain.JalonsRecord;
import org.jalons.domain.Violation;
import org.jalons.i18n.Messages;
import org.jalons.protocol.Vocabulary.ExitCategory;
import org.jalons.storage.DraftKey;
import org.jalons.storage.LocalStore;
import org.jalons.ui.Background;

/** Records the end of a parcours; the follow-up is due six months later and is planned with it. */
public final class ExitEditorModel extends EditorModel<Exit> {
    public static final List<String> FIELDS = List.of("id", "exitDate", "category", "detail");

    private final LocalStore store;
    private final UUID beneficiaryId;
    private final Exit existing;
    private final StringBinding followUp;

    public ExitEditorModel(
            LocalStore store, Background background, EditorTarget target, Messages messages, LocalDate today) {
        super(messages, store.drafts(), background, DraftKey.of(DraftKey.Form.EXIT, target.beneficiaryId()), FIELDS);
        this.store = store;
        this.beneficiaryId = target.beneficiaryId();
        Exit e = target.recordId() == null
                ? null
                : store.exits().find(target.recordId()).orElse(null);
        this.existing = e;
        // A new exit's id is replaced by the one its draft kept, if any, once the draft is read.
        Map<String, String> values = new HashMap<>();
        values.put("id", (e != null ? e.id() : JalonsRecord.newId()).toString());
        values.put("exitDate", text(e == null ? today : e.exitDate()));
        if (e != null) {
            values.put("category", e.category().name());
            values.put("detail", text(e.detail()));
        }
        start(values);
        followUp = Bindings.createStringBinding(
                () -> {
                    LocalDate d = date("exitDate", new java.util.ArrayList<>());
                    return d == null
                            ? ""
                            : messages.get("exit.followUp", Format.date(Exit.followUpDueFor(d), messages));
                },
                value("exitDate"));
    }

    /** "Suivi à 6 mois : le …", computed from the exit date as it is typed. */
    public StringBinding followUpText() {
        return followUp;
    }

    /** The person's exit draft may be of a new exit: editing a recorded one keeps that one's id. */
    @Override
    protected void draftRead() {
        if (existing != null) {
            value("id").set(existing.id().toString());
        }
    }

    @Override
    protected Exit build(List<Violation> problems) {
        LocalDate d = date("exitDate", problems);
        return new Exit(
                recordId(),
                beneficiaryId,
                d,
                choice(ExitCategory.class, "category"),
                blankToNull(get("detail")),
                d == null ? null : Exit.followUpDueFor(d));
    }

    @Override
    protected void write(Exit exit) {
        store.exits().save(exit);
        List<FollowUp> planned = store.followUps().forBeneficiary(beneficiaryId).stream()
                .filter(f -> f.exitId().equals(exit.id()))
                .toList();
        if (planned.isEmpty()) {
            store.followUps()
                    .save(new FollowUp(
                            JalonsRecord.newId(), beneficiaryId, exit.id(), exit.followUpDue(), null, null, null));
        } else if (planned.get(0).doneDate() == null
                && !planned.get(0).dueDate().equals(exit.followUpDue())) {
            FollowUp f = planned.get(0);
            store.followUps()
                    .save(new FollowUp(f.id(), beneficiaryId, f.exitId(), exit.followUpDue(), null, null, f.note()));
        }
    }
}
