package org.jalons.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jalons.domain.Beneficiary;
import org.jalons.domain.Exit;
import org.jalons.domain.RecordKind;
import org.jalons.domain.ValidationException;
import org.jalons.domain.Violation;

/** Exits, checked against the parcours they end. */
public final class ExitRepository extends RecordRepository<Exit> {

    public ExitRepository(Database db, Clock clock, UUID authorId) {
        super(db, RecordKind.EXIT, clock, authorId);
    }

    @Override
    protected void checkBeforeSave(Connection c, Exit exit) throws SQLException {
        RecordTable<Beneficiary> parcours = RecordTable.of(RecordKind.BENEFICIARY);
        Beneficiary b =
                parcours.find(c, exit.beneficiaryId()).map(StoredRecord::record).orElse(null);
        if (b != null) {
            List<Violation> found = exit.violations(b);
            if (!found.isEmpty()) {
                throw new ValidationException(found);
            }
        }
    }
}
