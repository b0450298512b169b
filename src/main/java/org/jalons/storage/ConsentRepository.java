package org.jalons.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jalons.domain.Consent;
import org.jalons.domain.RecordKind;
import org.jalons.domain.Vocabulary.ConsentCategory;

/** Consents are append-only: the latest record of a category is the one in force. */
public final class ConsentRepository extends RecordRepository<Consent> {

    public ConsentRepository(Database db, Clock clock, UUID authorId) {
        super(db, RecordKind.CONSENT, clock, authorId);
    }

    public boolean isGranted(UUID beneficiaryId, ConsentCategory category) {
        return db.read(c -> isGranted(c, beneficiaryId, category));
    }

    static boolean isGranted(Connection c, UUID beneficiaryId, ConsentCategory category) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT GRANTED FROM CONSENT WHERE BENEFICIARY_ID = ? AND CATEGORY = ? AND DELETED = FALSE
                ORDER BY RECORDED_AT DESC LIMIT 1""")) {
            ps.setObject(1, beneficiaryId);
            ps.setString(2, category.code());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /** The consent in force for every category (false where none was ever recorded). */
    public Map<ConsentCategory, Boolean> current(UUID beneficiaryId) {
        Map<ConsentCategory, Boolean> out = new EnumMap<>(ConsentCategory.class);
        for (ConsentCategory category : ConsentCategory.values()) {
            out.put(category, isGranted(beneficiaryId, category));
        }
        return out;
    }

    public List<Consent> history(UUID beneficiaryId) {
        return where("BENEFICIARY_ID = ?", "RECORDED_AT DESC", beneficiaryId);
    }
}
