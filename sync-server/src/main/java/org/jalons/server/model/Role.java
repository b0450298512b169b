package org.jalons.server.model;

/** What a user of an organisation may do (see PROTOCOL.md, "Accounts, pairing, devices"). */
public enum Role {
    COUNSELLOR,
    BENEFICIARY,
    SUPERVISOR,
    ADMIN;

    /** Only counsellors and beneficiaries read or write raw records. */
    public boolean handlesRecords() {
        return this == COUNSELLOR || this == BENEFICIARY;
    }
}
