package org.jalons.caseload;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jalons.domain.Beneficiary;
import org.jalons.domain.Term;
import org.jalons.domain.Violation;
import org.jalons.i18n.Messages;
import org.jalons.protocol.Vocabulary.ContractType;
import org.jalons.protocol.Vocabulary.EducationLevel;
import org.jalons.protocol.Vocabulary.Eligibility;
import org.jalons.storage.DraftKey;
import org.jalons.storage.LocalStore;
import org.jalons.ui.Background;

/**
 * The parcours profile: name, contact, entry date, contract, eligibility criteria, education level, site, phone and
 * address (the file's call, text and map buttons).
 */
public final class ProfileEditorModel extends EditorModel<Beneficiary> {
    public static final List<String> FIELDS = List.of(
            "displayName",
            "contact",
            "entryDate",
            "contractType",
            "eligibility",
            "eligibilityCustom",
            "educationLevel",
            "site",
            "workTeam",
            "phone",
            "address");

    private final LocalStore store;
    private final Beneficiary current;

    public ProfileEditorModel(LocalStore store, Background background, UUID beneficiaryId, Messages messages) {
        super(messages, store.drafts(), background, DraftKey.of(DraftKey.Form.PROFILE, beneficiaryId), FIELDS);
        this.store = store;
        this.current = store.beneficiaries().find(beneficiaryId).orElseThrow();
        Map<String, String> v = new HashMap<>();
        v.put("displayName", current.displayName());
        v.put("contact", text(current.contact()));
        v.put("entryDate", text(current.entryDate()));
        v.put(
                "contractType",
                current.contractType() == null ? "" : current.contractType().wire());
        v.put(
                "eligibility",
                String.join(
                        ",",
                        current.eligibility().stream()
                                .filter(t -> !t.isCustom())
                                .map(t -> t.known().name())
                                .toList()));
        v.put(
                "eligibilityCustom",
                String.join(
                        ", ",
                        current.eligibility().stream()
                                .filter(Term::isCustom)
                                .map(Term::custom)
                                .toList()));
        v.put(
                "educationLevel",
                current.educationLevel() == null ? "" : current.educationLevel().name());
        v.put("site", text(current.site()));
        v.put("workTeam", text(current.workTeam()));
        v.put("phone", text(current.phone()));
        v.put("address", text(current.address()));
        start(v);
    }

    @Override
    protected Beneficiary build(List<Violation> problems) {
        List<Term<Eligibility>> eligibility = new ArrayList<>();
        for (String code : get("eligibility").split(",", -1)) {
            if (!code.isBlank()) {
                eligibility.add(Term.of(Eligibility.valueOf(code.strip())));
            }
        }
        for (String custom : get("eligibilityCustom").split(",", -1)) {
            if (!custom.isBlank()) {
                eligibility.add(Term.custom(custom));
            }
        }
        String contract = get("contractType");
        return new Beneficiary(
                current.id(),
                blankToNull(get("displayName")),
                blankToNull(get("contact")),
                date("entryDate", problems),
                contract.isEmpty() ? null : Term.parse(ContractType.class, contract),
                current.referentCounsellorId(),
                eligibility,
                choice(EducationLevel.class, "educationLevel"),
                blankToNull(get("site")),
                blankToNull(get("phone")),
                blankToNull(get("address")),
                blankToNull(get("workTeam")));
    }

    @Override
    protected void write(Beneficiary b) {
        store.beneficiaries().save(b);
    }
}
