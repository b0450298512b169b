package org.jalons.server.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.jalons.server.model.Principal;
import org.jalons.server.model.Role;
import org.jalons.server.store.ReaderScope;
import org.jalons.server.store.Stores;
import org.jalons.server.store.WorkTeamStore;

/**
 * Whose records a principal may read and write, decided on every request from the database
 * (organisation, role, caseload). Consent is applied by the record queries and the push rules.
 */
final class Access {

    private final Stores stores;
    private final WorkTeamStore workTeams = new WorkTeamStore();

    Access(Stores stores) {
        this.stores = stores;
    }

    /**
     * Counsellor: beneficiaries of their caseload. Beneficiary: themself. Work supervisor: the people of their work
     * teams now (what they may read and write of them is narrower: the reader scope, the write rights). Others:
     * nobody.
     */
    boolean mayReach(Connection c, Principal principal, UUID beneficiaryId) throws SQLException {
        return switch (principal.role()) {
            case COUNSELLOR -> stores.caseloads().contains(c, principal.userId(), beneficiaryId);
            case BENEFICIARY -> beneficiaryId.equals(principal.user().beneficiaryId());
            case WORK_SUPERVISOR -> workTeams.reaches(c, principal.userId(), beneficiaryId);
            case SUPERVISOR, ADMIN -> false;
        };
    }

    /** The SQL scope of a reader of raw records, or null for roles that see none. */
    ReaderScope readerScope(Principal principal) {
        if (principal.role() == Role.COUNSELLOR) {
            return ReaderScope.caseloadOf(principal.userId());
        }
        if (principal.role() == Role.BENEFICIARY && principal.user().beneficiaryId() != null) {
            return ReaderScope.ownRecordsOf(principal.user().beneficiaryId());
        }
        if (principal.role() == Role.WORK_SUPERVISOR) {
            return ReaderScope.workTeamsOf(principal.userId());
        }
        return null;
    }

    List<UUID> beneficiariesInScope(Connection c, Principal principal) throws SQLException {
        return switch (principal.role()) {
            case COUNSELLOR -> stores.caseloads().beneficiaries(c, principal.userId());
            case BENEFICIARY ->
                principal.user().beneficiaryId() == null
                        ? List.of()
                        : List.of(principal.user().beneficiaryId());
            case WORK_SUPERVISOR -> workTeams.people(c, principal.userId());
            case SUPERVISOR, ADMIN -> List.of();
        };
    }
}
