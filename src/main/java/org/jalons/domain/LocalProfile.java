package org.jalons.domain;

import java.util.List;
import java.util.UUID;
import org.jalons.protocol.Vocabulary.Role;

/** Who uses this device: a counsellor, a supervisor, or a person followed (then linked to their own parcours). */
public record LocalProfile(UUID userId, String displayName, Role role, UUID beneficiaryId) {

    public List<Violation> violations() {
        return new Checks()
                .required("displayName", displayName)
                .text("displayName", displayName, 120)
                .required("role", role)
                .rule(role == Role.BENEFICIARY && beneficiaryId == null, "beneficiaryId", "required")
                .list();
    }
}
