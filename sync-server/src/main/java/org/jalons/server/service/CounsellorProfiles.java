package org.jalons.server.service;

import java.time.Clock;
import java.util.List;
import org.jalons.protocol.RecordSchema;
import org.jalons.protocol.Wire;
import org.jalons.server.model.CounsellorProfile;
import org.jalons.server.model.Principal;
import org.jalons.server.model.Refusal;
import org.jalons.server.model.Role;
import org.jalons.server.model.User;
import org.jalons.server.store.AuditLog;
import org.jalons.server.store.CounsellorProfileStore;
import org.jalons.server.store.Database;
import org.jalons.server.store.Stores;

/**
 * A counsellor's name and form of address as the people they support see them, and their work phone: set by the
 * counsellor's own device, read by the devices of the people of their caseload only. A supervisor's or admin's
 * device reads the organisation's counsellors instead: their accounts' names, never a profile.
 */
public final class CounsellorProfiles {

    private final Database db;
    private final Stores stores;
    private final Clock clock;
    private final CounsellorProfileStore profiles = new CounsellorProfileStore();

    public CounsellorProfiles(Database db, Stores stores, Clock clock) {
        this.db = db;
        this.stores = stores;
        this.clock = clock;
    }

    /**
     * Sets the profile of the counsellor behind {@code principal}; {@code workPhone} blank or null clears it. Texts
     * reach here one line and NFC (StrictObject); lengths and the form are checked here.
     */
    public CounsellorProfile set(Principal principal, String displayName, String addressForm, String workPhone) {
        if (principal.role() != Role.COUNSELLOR) {
            throw Refusal.forbidden("Only a counsellor has a profile shown to the people they support.");
        }
        Accounts.requireText("displayName", displayName, Wire.CounsellorProfile.DISPLAY_NAME_MAX);
        if (addressForm == null || !Wire.CounsellorProfile.ADDRESS_FORMS.contains(addressForm)) {
            throw Refusal.invalid(
                    "invalid_body", "addressForm must be one of " + Wire.CounsellorProfile.ADDRESS_FORMS + ".");
        }
        String phone = workPhone == null || workPhone.isBlank() ? null : workPhone.strip();
        // the same rule as a person's phone (RecordSchema.PHONE_MAX, one line)
        if (phone != null && phone.length() > RecordSchema.PHONE_MAX) {
            throw Refusal.invalid(
                    "invalid_body", "workPhone must be at most " + RecordSchema.PHONE_MAX + " characters.");
        }
        CounsellorProfile profile = new CounsellorProfile(principal.userId(), displayName.strip(), addressForm, phone);
        db.inTransaction(c -> {
            profiles.put(c, profile, clock.instant());
            stores.audit()
                    .append(
                            c,
                            principal.organisationId(),
                            new AuditLog.Entry(
                                    principal.userId(),
                                    principal.deviceId(),
                                    clock.instant(),
                                    "SET_PROFILE",
                                    "counsellor_profile",
                                    principal.userId(),
                                    null,
                                    null));
            return null;
        });
        return profile;
    }

    /** The profiles of the counsellors following the person behind {@code principal}: a person's device only. */
    public List<CounsellorProfile> mine(Principal principal) {
        if (principal.role() != Role.BENEFICIARY || principal.user().beneficiaryId() == null) {
            throw Refusal.forbidden("Only the phone of a person supported lists their counsellors.");
        }
        return db.inTransaction(c -> profiles.forBeneficiary(
                c, principal.organisationId(), principal.user().beneficiaryId()));
    }

    /**
     * Every counsellor account of the organisation behind {@code principal}, for a supervisor's or admin's device to
     * name the team members it filters the figures by: accounts only (id and the organisation's name for them).
     */
    public List<User> team(Principal principal) {
        if (principal.role() != Role.SUPERVISOR && principal.role() != Role.ADMIN) {
            throw Refusal.forbidden("Only a supervisor's or admin's device lists the organisation's counsellors.");
        }
        return db.inTransaction(c -> stores.users().counsellors(c, principal.organisationId()));
    }

    /** Whether {@code principal}'s device lists the whole team rather than a person's own counsellors. */
    public static boolean seesTeam(Principal principal) {
        return principal.role() == Role.SUPERVISOR || principal.role() == Role.ADMIN;
    }
}
