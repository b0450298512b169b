package org.jalons.domain;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jalons.protocol.RecordSchema;
import org.jalons.protocol.Vocabulary.ConsentCategory;
import org.jalons.protocol.Vocabulary.ContractType;
import org.jalons.protocol.Vocabulary.EducationLevel;
import org.jalons.protocol.Vocabulary.Eligibility;

/** A person's parcours: a pseudonymous display name, never more identity than the person agreed to. */
public record Beneficiary(
        UUID id,
        String displayName,
        String contact,
        LocalDate entryDate,
        Term<ContractType> contractType,
        UUID referentCounsellorId,
        List<Term<Eligibility>> eligibility,
        EducationLevel educationLevel,
        String site,
        String phone,
        String address,
        String workTeam)
        implements JalonsRecord {

    /** More criteria than this is a mistake; the store's column is sized for it (migration V2). */
    public static final int MAX_ELIGIBILITY = 20;

    public Beneficiary {
        eligibility = eligibility == null ? List.of() : List.copyOf(eligibility);
    }

    /** A file in no work team (the person works in none yet, or the structure has no work site). */
    public Beneficiary(
            UUID id,
            String displayName,
            String contact,
            LocalDate entryDate,
            Term<ContractType> contractType,
            UUID referentCounsellorId,
            List<Term<Eligibility>> eligibility,
            EducationLevel educationLevel,
            String site,
            String phone,
            String address) {
        this(
                id,
                displayName,
                contact,
                entryDate,
                contractType,
                referentCounsellorId,
                eligibility,
                educationLevel,
                site,
                phone,
                address,
                null);
    }

    /** The same file in another work team (null: none). */
    public Beneficiary withWorkTeam(String team) {
        return new Beneficiary(
                id,
                displayName,
                contact,
                entryDate,
                contractType,
                referentCounsellorId,
                eligibility,
                educationLevel,
                site,
                phone,
                address,
                team);
    }

    /** A file with no phone number nor address (not given, or not agreed to). */
    public Beneficiary(
            UUID id,
            String displayName,
            String contact,
            LocalDate entryDate,
            Term<ContractType> contractType,
            UUID referentCounsellorId,
            List<Term<Eligibility>> eligibility,
            EducationLevel educationLevel,
            String site) {
        this(
                id,
                displayName,
                contact,
                entryDate,
                contractType,
                referentCounsellorId,
                eligibility,
                educationLevel,
                site,
                null,
                null);
    }

    /** The same file with another phone number and address (null: none). */
    public Beneficiary withPhoneAndAddress(String newPhone, String newAddress) {
        return new Beneficiary(
                id,
                displayName,
                contact,
                entryDate,
                contractType,
                referentCounsellorId,
                eligibility,
                educationLevel,
                site,
                newPhone,
                newAddress,
                workTeam);
    }

    @Override
    public UUID beneficiaryId() {
        return id;
    }

    @Override
    public List<Violation> violations() {
        Checks c = new Checks()
                .required("displayName", displayName)
                .text(RecordSchema.BENEFICIARY, "displayName", displayName)
                .text(RecordSchema.BENEFICIARY, "contact", contact)
                .required("entryDate", entryDate)
                .plausible("entryDate", entryDate)
                .term("contractType", contractType)
                .text(RecordSchema.BENEFICIARY, "site", site)
                .text(RecordSchema.BENEFICIARY, "phone", phone)
                .text(RecordSchema.BENEFICIARY, "address", address)
                .text(RecordSchema.BENEFICIARY, "workTeam", workTeam)
                .rule(eligibility.size() > MAX_ELIGIBILITY, "eligibility", "tooMany", MAX_ELIGIBILITY);
        eligibility.forEach(e -> c.term("eligibility", e));
        return c.list();
    }

    /** The same file without its contact, phone, address and the eligibility codes that need a consent. */
    public Beneficiary withoutWhatNeedsConsent() {
        return new Beneficiary(
                id,
                displayName,
                null,
                entryDate,
                contractType,
                referentCounsellorId,
                eligibility.stream()
                        .filter(e -> e.known() == null || e.known().sensitiveCategory() == null)
                        .toList(),
                educationLevel,
                site,
                null,
                null,
                workTeam);
    }

    /**
     * RQTH and AAH tell a health condition, SORTANT_DETENTION a prison term; a phone number or address (contact,
     * phone, address) is kept only
     * with the person's IDENTITY_CONTACT consent (the server refuses it otherwise; clearing it needs nothing).
     */
    @Override
    public Map<ConsentCategory, String> consentsNeeded() {
        Map<ConsentCategory, String> needed = new EnumMap<>(ConsentCategory.class);
        for (Term<Eligibility> code : eligibility) {
            if (code.known() != null && code.known().sensitiveCategory() != null) {
                needed.put(code.known().sensitiveCategory(), "eligibility");
            }
        }
        if (contact != null && !contact.isBlank()) {
            needed.put(ConsentCategory.IDENTITY_CONTACT, "contact");
        } else if (phone != null && !phone.isBlank()) {
            needed.put(ConsentCategory.IDENTITY_CONTACT, "phone");
        } else if (address != null && !address.isBlank()) {
            needed.put(ConsentCategory.IDENTITY_CONTACT, "address");
        }
        return needed;
    }
}
