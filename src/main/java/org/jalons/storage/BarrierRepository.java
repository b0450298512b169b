package org.jalons.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jalons.domain.Barrier;
import org.jalons.domain.RecordKind;
import org.jalons.domain.ValidationException;
import org.jalons.domain.Violation;
import org.jalons.protocol.Vocabulary.ConsentCategory;

/** Barriers; health and justice ones say something only with the person's consent (GDPR art. 9/10). */
public final class BarrierRepository extends RecordRepository<Barrier> {

    public BarrierRepository(Database db, Clock clock, UUID authorId) {
        super(db, RecordKind.BARRIER, clock, authorId);
    }

    @Override
    protected void checkBeforeSave(Connection c, Barrier barrier) throws SQLException {
        ConsentCategory needed = barrier.requiredConsent();
        if (needed != null && !ConsentRepository.isGranted(c, barrier.beneficiaryId(), needed)) {
            throw new ValidationException(List.of(new Violation("status", "consentMissing")));
        }
    }
}
