package org.jalons.server.store;

/** All DAOs, stateless, created once by the composition root. */
public record Stores(
        OrganisationStore organisations,
        UserStore users,
        DeviceStore devices,
        PairingCodeStore pairingCodes,
        CaseloadStore caseloads,
        SequenceCounter counter,
        RecordStore records,
        AppliedChangeStore appliedChanges,
        ConsentStore consents,
        AuditLog audit) {

    public static Stores create() {
        return new Stores(
                new OrganisationStore(),
                new UserStore(),
                new DeviceStore(),
                new PairingCodeStore(),
                new CaseloadStore(),
                new SequenceCounter(),
                new RecordStore(),
                new AppliedChangeStore(),
                new ConsentStore(),
                new AuditLog());
    }
}
