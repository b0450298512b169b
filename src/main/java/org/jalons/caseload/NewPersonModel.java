package org.jalons.caseload;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jalons.domain.Beneficiary;
import org.jalons.domain.Consent;
import org.jalons.domain.JalonsRecord;
import org.jalons.domain.Term;
import org.jalons.domain.Violation;
import org.jalons.i18n.Messages;
import org.jalons.protocol.Vocabulary.ConsentCategory;
import org.jalons.protocol.Vocabulary.ContractType;
import org.jalons.protocol.Vocabulary.EducationLevel;
import org.jalons.protocol.Vocabulary.Eligibility;
import org.jalons.storage.DraftKey;
import org.jalons.storage.LocalStore;
import org.jalons.ui.Background;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A new person, created offline by a counsellor: the profile's fields and rules, and the consents the person gives now
 * (contact details and sensitive eligibility need theirs, as in the profile). Nothing is written before "Créer": the
 * draft keeps what is typed, and the files of the caseload this person is likely to be are listed while typing.
 */
public final class NewPersonModel extends EditorModel<Beneficiary> {
    public static final List<String> FIELDS;

    static {
        List<String> fields = new ArrayList<>(List.of("id"));
        fields.addAll(ProfileEditorModel.FIELDS);
        fields.add("consents");
        FIELDS = List.copyOf(fields);
    }

    private static final Logger LOG = LoggerFactory.getLogger(NewPersonModel.class);

    private final LocalStore store;
    private final Clock clock;
    private final ObservableList<Beneficiary> likelySame = FXCollections.observableArrayList();
    private List<Beneficiary> caseload = List.of();

    public NewPersonModel(LocalStore store, Background background, Messages messages, Clock clock, LocalDate today) {
        super(messages, store.drafts(), background, DraftKey.of(DraftKey.Form.NEW_PERSON), FIELDS);
        this.store = store;
        this.clock = clock;
        Map<String, String> v = new HashMap<>();
        FIELDS.forEach(f -> v.put(f, ""));
        v.put("id", JalonsRecord.newId().toString());
        v.put("entryDate", today.toString());
        start(v);
        background.run(
                store.beneficiaries()::all,
                all -> {
                    caseload = all;
                    lookForLikelySame();
                },
                failure -> LOG.error("The caseload could not be read to look for the same person", failure));
        for (String f : List.of("displayName", "entryDate", "site")) {
            value(f).addListener((obs, was, now) -> lookForLikelySame());
        }
    }

    /** Files of the caseload this person is likely to be (same name, and same entry date or site). */
    public ObservableList<Beneficiary> likelySame() {
        return likelySame;
    }

    /** The id the person will have (kept in the draft, so a resumed draft creates the same person). */
    public java.util.UUID personId() {
        return recordId();
    }

    /** The counsellor opens a file already there instead: what was typed here is dropped. */
    public void giveUp() {
        discardDraft();
    }

    /** The person as typed so far, for the side-by-side comparison (null fields where nothing readable is typed). */
    public Beneficiary typed() {
        return build(new ArrayList<>());
    }

    private void lookForLikelySame() {
        Beneficiary typed = typed();
        likelySame.setAll(typed.displayName() == null ? List.of() : LikelyDuplicates.of(typed, caseload));
    }

    /** Leaving a field only keeps the draft: the person is created by "Créer" alone. */
    @Override
    public boolean commit() {
        lookForLikelySame();
        return false;
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
        Beneficiary b = new Beneficiary(
                recordId(),
                blankToNull(get("displayName")),
                blankToNull(get("contact")),
                date("entryDate", problems),
                contract.isEmpty() ? null : Term.parse(ContractType.class, contract),
                null, // the server makes the counsellor who sends the file its referent (a phone knows no account id)
                eligibility,
                choice(EducationLevel.class, "educationLevel"),
                blankToNull(get("site")),
                blankToNull(get("phone")),
                blankToNull(get("address")),
                blankToNull(get("workTeam")));
        // The rule the store applies on writing, said under the field before anything is written.
        Set<ConsentCategory> given = consents();
        b.consentsNeeded().forEach((category, field) -> {
            if (!given.contains(category)) {
                problems.add(new Violation(field, "consentMissing"));
            }
        });
        return b;
    }

    private Set<ConsentCategory> consents() {
        Set<ConsentCategory> given = EnumSet.noneOf(ConsentCategory.class);
        for (String code : get("consents").split(",", -1)) {
            if (!code.isBlank()) {
                given.add(ConsentCategory.valueOf(code.strip()));
            }
        }
        return given;
    }

    /**
     * The person, their consents, then what needs the consents, in one transaction and in this order in the outbox:
     * the server accepts a contact or a sensitive code only once the consent is in force.
     */
    @Override
    protected void write(Beneficiary b) {
        Beneficiary first = b.withoutWhatNeedsConsent();
        store.inOneTransaction(() -> {
            store.beneficiaries().save(first);
            for (ConsentCategory category : consents()) {
                store.consents()
                        .save(new Consent(
                                JalonsRecord.newId(),
                                b.id(),
                                category,
                                true,
                                clock.instant(),
                                store.profile().displayName()));
            }
            if (!first.equals(b)) {
                store.beneficiaries().save(b);
            }
        });
    }
}
