package org.jalons.syncui;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.jalons.protocol.FieldShape;
import org.jalons.protocol.RecordSchema;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Outbox;
import org.jalons.storage.OutboxEntry;
import org.jalons.ui.Background;
import org.jalons.ui.EasyRead;
import org.jalons.ui.kit.DateFormats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Changes the server refused (DESIGN.md invariant 11: they stay visible): why, in plain words; send again (after
 * fixing the cause, e.g. a consent) or give up the change after a confirmation.
 */
public final class RejectedViewModel extends CardListViewModel<RejectedItem> {
    private static final Logger LOG = LoggerFactory.getLogger(RejectedViewModel.class);

    private final ZoneId zone;

    public RejectedViewModel(
            LocalStore store, Background background, EasyRead texts, ZoneId zone, Runnable afterChange) {
        super(store, background, texts, afterChange);
        this.zone = zone;
    }

    @Override
    protected List<RejectedItem> read(RecordWords words) {
        return store.outbox().rejected().stream().map(e -> item(words, e)).toList();
    }

    @Override
    protected void logLoadFailure(Throwable failure) {
        LOG.error("Reading the refused changes failed", failure);
    }

    RejectedItem item(RecordWords words, OutboxEntry e) {
        String when = DateFormats.shortDateTime(e.createdAt().atZone(zone));
        String what = e.op() == OutboxEntry.Op.DELETE
                ? texts.get("sync.rejected.deletion", words.record(e.kind().wireName(), e.recordId()))
                : words.record(e.kind().wireName(), e.recordId());
        return new RejectedItem(
                e.changeId(),
                what,
                words.person(e.beneficiaryId()),
                when,
                reason(e) + tooLong(words, e),
                !FAIL_AGAIN.contains(reasonKey(e)),
                e.kind(),
                e.recordId(),
                e.beneficiaryId(),
                e.op() == OutboxEntry.Op.DELETE);
    }

    /**
     * For a wrong entry, each text longer than the protocol allows, counted: what to shorten and by how much (the
     * server's own sentence names it in English only, for the log).
     */
    String tooLong(RecordWords words, OutboxEntry e) {
        if (!"sync.rejected.reason.invalid".equals(reasonKey(e)) || e.fields() == null) {
            return "";
        }
        Optional<RecordSchema> schema = RecordSchema.fromWire(e.kind().wireName());
        StringBuilder said = new StringBuilder();
        for (Map.Entry<String, Object> field : new TreeMap<>(e.fields()).entrySet()) {
            FieldShape shape = schema.map(s -> s.fields().get(field.getKey())).orElse(null);
            boolean text = shape != null
                    && (shape.type() == FieldShape.Type.TEXT || shape.type() == FieldShape.Type.LONG_TEXT);
            if (text && field.getValue() instanceof String value && value.length() > shape.max()) {
                said.append(' ')
                        .append(texts.get(
                                "sync.rejected.tooLong",
                                words.field(field.getKey()),
                                value.length(),
                                shape.max(),
                                value.length() - shape.max()));
            }
        }
        return said.toString();
    }

    /** The message of each stable code the server refuses a change with (PROTOCOL.md, Push). */
    static final Map<String, String> BY_ERROR = Map.ofEntries(
            Map.entry("invalid_change", "sync.rejected.reason.invalid"),
            Map.entry("invalid_text", "sync.rejected.reason.invalidText"),
            Map.entry("not_found", "sync.rejected.reason.notFound"),
            Map.entry("forbidden_write", "sync.rejected.reason.forbiddenWrite"),
            Map.entry("consent_missing", "sync.rejected.reason.consent"),
            Map.entry("clock_skew", "sync.rejected.reason.clockSkew"),
            Map.entry("change_id_reused", "sync.rejected.reason.duplicate"),
            Map.entry("person_erased", "sync.rejected.reason.erased"),
            Map.entry("amends_out_of_reach", "sync.rejected.reason.amendsOutOfReach"),
            Map.entry("amends_an_amendment", "sync.rejected.reason.amendsAnAmendment"),
            Map.entry("not_own_words", "sync.rejected.reason.notOwnWords"),
            Map.entry("questionnaire_unknown", "sync.rejected.reason.questionnaireUnknown"),
            Map.entry("answers_do_not_fit", "sync.rejected.reason.answersDoNotFit"),
            Map.entry("amends_changes_the_rating", "sync.rejected.reason.amendsChangesTheRating"));

    /**
     * The refusals that come back if the change is sent again unchanged (a wrong value or text, a file out of reach,
     * a write the account may not make, a reused change id): the way out is to fix it in the file or give it up.
     */
    static final Set<String> FAIL_AGAIN = Set.of(
            "sync.rejected.reason.invalid",
            "sync.rejected.reason.invalidText",
            "sync.rejected.reason.notFound",
            "sync.rejected.reason.forbiddenWrite",
            "sync.rejected.reason.duplicate",
            "sync.rejected.reason.erased",
            "sync.rejected.reason.amendsOutOfReach",
            "sync.rejected.reason.amendsAnAmendment",
            "sync.rejected.reason.notOwnWords",
            "sync.rejected.reason.questionnaireUnknown",
            "sync.rejected.reason.answersDoNotFit",
            "sync.rejected.reason.amendsChangesTheRating");

    /** The server's reason in the person's words, with the way out; its own sentence goes to no screen. */
    String reason(OutboxEntry e) {
        return texts.get(reasonKey(e));
    }

    private String reasonKey(OutboxEntry e) {
        String key = e.rejectError() == null ? null : BY_ERROR.get(e.rejectError());
        if (key != null) {
            return key;
        }
        // refused before the phone kept the code (store V16), by a server that gave none, or by this phone
        String reason = e.rejectReason() == null ? "" : e.rejectReason();
        int code = e.rejectCode() == null ? 0 : e.rejectCode();
        if (reason.contains("consent_missing")) {
            return "sync.rejected.reason.consent";
        }
        return switch (code) {
            case 403, 404 -> "sync.rejected.reason.notFound";
            case 409 -> "sync.rejected.reason.duplicate";
            case 422 -> "sync.rejected.reason.invalid";
            default -> "sync.rejected.reason.other";
        };
    }

    public void retry(RejectedItem item) {
        change(item.changeId(), true);
    }

    /**
     * Gives the change up (the view asks for a confirmation first); "C'est fait" comes with an Undo that puts the
     * change back as it was and cancels the fetch of the server's version ({@link #undo}).
     */
    public void discard(RejectedItem item) {
        act(
                () -> store.outbox().giveUp(item.changeId()),
                "sync.rejected.discarded",
                givenUp -> givenUp.<Runnable>map(g -> () -> undo(g)).orElse(null),
                "error.unexpected",
                failure -> LOG.error("Giving up refused change {} failed", item.changeId(), failure));
    }

    /** Puts a change given up back among the refused ones, exactly as it was; the server's version is not fetched. */
    void undo(Outbox.GivenUp givenUp) {
        act(
                () -> store.outbox().restore(givenUp),
                "sync.rejected.restored",
                restored -> null,
                "error.unexpected",
                failure -> LOG.error(
                        "Putting back refused change {} failed", givenUp.entry().changeId(), failure));
    }

    private void change(UUID changeId, boolean retry) {
        act(
                () -> retry ? store.outbox().retry(changeId) : store.outbox().discard(changeId),
                retry ? "sync.rejected.retried" : "sync.rejected.discarded",
                "error.unexpected",
                failure -> LOG.error("Changing refused change {} failed", changeId, failure));
    }
}
