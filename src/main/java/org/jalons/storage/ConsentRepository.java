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
import org.jalons.protocol.Vocabulary.ConsentCategory;

/**
 * Consents are append-only: the latest record of a category is the one in force, latest as the server decides
 * (PROTOCOL.md): the consents it received in the order it received them (their seq), then this phone's own not yet
 * acknowledged, in the order they were recorded here (outbox order). {@code recordedAt} is a phone's clock, kept for
 * the record: a clock in 1990 or 2099 must not make a consent outlive a later withdrawal. Consents synced before the
 * seq was kept (store V16) come first, by {@code recordedAt}, until their person is fetched again.
 */
public final class ConsentRepository extends RecordRepository<Consent> {
    /** Latest first: pending here by outbox order, then received by the server by its seq, then the rest. */
    static final String LATEST_FIRST = """
            (SELECT O.SEQ FROM OUTBOX O WHERE O.RECORD_ID = CONSENT.ID AND O.STATE = 'PENDING') DESC NULLS LAST,
            SERVER_SEQ DESC NULLS LAST, RECORDED_AT DESC, ID DESC""";
    /** A consent the server refused was never in force. */
    static final String NOT_REFUSED = """
            NOT EXISTS (SELECT 1 FROM OUTBOX R WHERE R.RECORD_ID = CONSENT.ID AND R.STATE = 'REJECTED')""";

    public ConsentRepository(Database db, Clock clock, UUID authorId) {
        super(db, RecordKind.CONSENT, clock, authorId);
    }

    public boolean isGranted(UUID beneficiaryId, ConsentCategory category) {
        return db.read(c -> isGranted(c, beneficiaryId, category));
    }

    static boolean isGranted(Connection c, UUID beneficiaryId, ConsentCategory category) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT GRANTED FROM CONSENT WHERE DELETED = FALSE"
                + " AND BENEFICIARY_ID = ? AND CATEGORY = ? AND " + NOT_REFUSED + " ORDER BY " + LATEST_FIRST
                + " LIMIT 1")) {
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

    /** Every consent of the person but those the server refused, the one in force first in each category. */
    public List<Consent> history(UUID beneficiaryId) {
        return where("BENEFICIARY_ID = ? AND " + NOT_REFUSED, LATEST_FIRST, beneficiaryId);
    }

    /**
     * Keeps the seq the server gave each consent (pulled, or acknowledged to this phone), inside the caller's
     * transaction: the order they take effect in. Ids of other kinds are ignored.
     */
    public static void keepServerSeqs(Connection c, Map<UUID, Long> seqs) throws SQLException {
        if (seqs.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE CONSENT SET SERVER_SEQ = ? WHERE ID = ?")) {
            for (Map.Entry<UUID, Long> e : seqs.entrySet()) {
                ps.setLong(1, e.getValue());
                ps.setObject(2, e.getKey());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
