package org.jalons.server.model;

/** What a user of an organisation may do (see PROTOCOL.md, "Accounts, pairing, devices"). */
public enum Role {
    COUNSELLOR,
    BENEFICIARY,
    SUPERVISOR,
    ADMIN,
    /**
     * The encadrant·e technique: reads the people of their work teams (a few fields of their beneficiary record) and
     * writes observations at work; nothing of the support itself.
     */
    WORK_SUPERVISOR;

    /** Only counsellors, beneficiaries and work supervisors read or write raw records. */
    public boolean handlesRecords() {
        return this == COUNSELLOR || this == BENEFICIARY || this == WORK_SUPERVISOR;
    }
}
