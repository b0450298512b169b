package org.jalons.caseload;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jalons.domain.Barrier;
import org.jalons.domain.JalonsRecord;
import org.jalons.domain.Term;
import org.jalons.domain.Violation;
import org.jalons.i18n.Messages;
import org.jalons.protocol.Vocabulary.BarrierArea;
import org.jalons.protocol.Vocabulary.BarrierStatus;
import org.jalons.storage.DraftKey;
import org.jalons.storage.LocalStore;
import org.jalons.ui.Background;

/** A barrier's status and note, or a new barrier in the person's own words. */
public final class BarrierEditorModel extends EditorModel<Barrier> {
    public static final String CUSTOM = "CUSTOM";
    public static final List<String> FIELDS = List.of("id", "area", "areaCustom", "status", "note");

    private final LocalStore store;
    private final UUID beneficiaryId;

    public BarrierEditorModel(LocalStore store, Background background, EditorTarget target, Messages messages) {
        super(
                messages,
                store.drafts(),
                background,
                DraftKey.of(
                        DraftKey.Form.BARRIER,
                        target.recordId() == null ? "new-" + target.beneficiaryId() : target.recordId()),
                FIELDS);
        this.store = store;
        this.beneficiaryId = target.beneficiaryId();
        Barrier b = target.recordId() == null
                ? null
                : store.barriers().find(target.recordId()).orElse(null);
        // A new barrier's id is replaced by the one its draft kept, if any, once the draft is read.
        Map<String, String> values = new HashMap<>();
        values.put("id", (b != null ? b.id() : JalonsRecord.newId()).toString());
        values.put(
                "status", b == null ? BarrierStatus.BESOIN.name() : b.status().name());
        if (b != null) {
            values.put("area", b.area().isCustom() ? CUSTOM : b.area().known().name());
            values.put("areaCustom", b.area().isCustom() ? b.area().custom() : "");
            values.put("note", text(b.note()));
        }
        start(values);
    }

    @Override
    protected Barrier build(List<Violation> problems) {
        String a = get("area");
        Term<BarrierArea> area = null;
        if (CUSTOM.equals(a)) {
            if (get("areaCustom").isEmpty()) {
                problems.add(new Violation("areaCustom", "customEmpty"));
                return null;
            }
            area = Term.custom(get("areaCustom"));
        } else if (!a.isEmpty()) {
            area = Term.of(BarrierArea.valueOf(a));
        }
        return new Barrier(
                recordId(), beneficiaryId, area, choice(BarrierStatus.class, "status"), blankToNull(get("note")));
    }

    @Override
    protected void write(Barrier barrier) {
        store.barriers().save(barrier);
    }
}
