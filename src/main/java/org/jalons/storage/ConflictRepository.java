package org.jalons.storage;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jalons.domain.Conflict;
import org.jalons.domain.RecordKind;

/** Conflicts the server found (both values kept) until a person resolves them. */
public final class ConflictRepository extends RecordRepository<Conflict> {

    public ConflictRepository(Database db, Clock clock, UUID authorId) {
        super(db, RecordKind.CONFLICT, clock, authorId);
    }

    public List<Conflict> open() {
        return where("STATUS = 'OPEN'", "UPDATED_AT");
    }

    public int openCount() {
        return db.read(c -> {
            try (var ps = c.prepareStatement(
                            "SELECT COUNT(*) FROM SYNC_CONFLICT WHERE STATUS = 'OPEN' AND DELETED = FALSE");
                    var rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }
}
