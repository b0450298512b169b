package org.jalons.caseload;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jalons.domain.Exit;
import org.jalons.domain.FollowUp;
import org.jalons.domain.JalonsRecord;
import org.jalons.domain.Violation;
import org.jalons.i18n.Messages;
import org.jalons.protocol.Vocabulary.ExitCategory;
import org.jalons.storage.DraftKey;
import org.jalons.storage.LocalStore;
import org.jalons.ui.Background;

/**
 * The check six months after an exit: where the person stands then (the exit categories, DOMAIN.md), the day the
 * counsellor found out, and a comment. Like every editor it keeps a draft and writes the follow-up once valid. A
 * follow-up missing for an exit (one recorded before reminders existed, or on another device) is planned here.
 */
public final class FollowUpEditorModel extends EditorModel<FollowUp> {
    public static final List<String> FIELDS = List.of("situation", "doneDate", "comment");
    static final int MAX_COMMENT = 2000;

    private final LocalStore store;
    private final UUID beneficiaryId;
    private final Exit exit;
    private final UUID followUpId;
    private final LocalDate dueDate;

    public FollowUpEditorModel(
            LocalStore store, Background background, UUID beneficiaryId, Messages messages, LocalDate today) {
        super(messages, store.drafts(), background, DraftKey.of(DraftKey.Form.FOLLOW_UP, beneficiaryId), FIELDS);
        this.store = store;
        this.beneficiaryId = beneficiaryId;
        this.exit = store.exits().forBeneficiary(beneficiaryId).stream()
                .max(Comparator.comparing(Exit::exitDate))
                .orElseThrow(() -> new IllegalArgumentException("No exit recorded for " + beneficiaryId));
        FollowUp planned = store.followUps().forBeneficiary(beneficiaryId).stream()
                .filter(f -> f.exitId().equals(exit.id()))
                .findFirst()
                .orElse(null);
        this.followUpId = planned != null ? planned.id() : JalonsRecord.newId();
        this.dueDate = FollowUp.dueDateOf(exit, planned);
        Map<String, String> values = new HashMap<>();
        values.put("doneDate", text(planned == null || planned.doneDate() == null ? today : planned.doneDate()));
        if (planned != null) {
            values.put(
                    "situation",
                    planned.situation() == null ? "" : planned.situation().name());
            values.put("comment", text(planned.note()));
        }
        start(values);
    }

    /** The exit this follow-up is about. */
    public Exit exit() {
        return exit;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    /** "Sortie le 3 mars 2026 (Emploi de transition). Suivi prévu le 3 septembre 2026." */
    public String context() {
        return messages.get(
                "followUp.context",
                Format.date(exit.exitDate(), messages),
                messages.label(exit.category()),
                Format.date(dueDate, messages));
    }

    @Override
    protected FollowUp build(List<Violation> problems) {
        LocalDate done = date("doneDate", problems);
        if (done == null && get("doneDate").isEmpty()) {
            problems.add(new Violation("doneDate", "required"));
        }
        if (done != null && done.isBefore(exit.exitDate())) {
            problems.add(new Violation("doneDate", "before", "exitDate"));
        }
        ExitCategory situation = choice(ExitCategory.class, "situation");
        if (situation == null) {
            problems.add(new Violation("situation", "required"));
        }
        String comment = blankToNull(get("comment"));
        if (comment != null && comment.length() > MAX_COMMENT) {
            problems.add(new Violation("comment", "tooLong", MAX_COMMENT));
        }
        return new FollowUp(followUpId, beneficiaryId, exit.id(), dueDate, done, situation, comment);
    }

    @Override
    protected void write(FollowUp followUp) {
        store.followUps().save(followUp);
    }
}
