package org.jalons.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * The last supervisor summaries fetched, by query (migration V7): aggregates only, kept in the encrypted store so
 * that the dashboard shows the last synced figures offline, with their date. Only the latest
 * {@value #KEPT} queries are kept.
 */
public final class SummaryCache {
    static final int KEPT = 50;

    /** A saved answer and when it was fetched. */
    public record Entry(String queryKey, String json, Instant fetchedAt) {}

    private final Database db;

    public SummaryCache(Database db) {
        this.db = db;
    }

    public void put(String queryKey, String json, Instant fetchedAt) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    MERGE INTO SUMMARY_CACHE (QUERY_KEY, BODY, FETCHED_AT) KEY (QUERY_KEY) VALUES (?, ?, ?)""")) {
                ps.setString(1, queryKey);
                ps.setString(2, json);
                ps.setObject(3, fetchedAt.atOffset(java.time.ZoneOffset.UTC));
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    DELETE FROM SUMMARY_CACHE WHERE QUERY_KEY NOT IN
                    (SELECT QUERY_KEY FROM SUMMARY_CACHE ORDER BY FETCHED_AT DESC LIMIT ?)""")) {
                ps.setInt(1, KEPT);
                ps.executeUpdate();
            }
            return null;
        });
    }

    public Optional<Entry> get(String queryKey) {
        return db.read(c -> {
            try (PreparedStatement ps =
                    c.prepareStatement("SELECT QUERY_KEY, BODY, FETCHED_AT FROM SUMMARY_CACHE WHERE QUERY_KEY = ?")) {
                ps.setString(1, queryKey);
                return one(ps);
            }
        });
    }

    /** The most recently fetched summary, whatever its filters. */
    public Optional<Entry> latest() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT QUERY_KEY, BODY, FETCHED_AT FROM SUMMARY_CACHE ORDER BY FETCHED_AT DESC LIMIT 1")) {
                return one(ps);
            }
        });
    }

    /** Forgets every saved summary (another user paired on this phone). */
    public void clear() {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM SUMMARY_CACHE")) {
                ps.executeUpdate();
            }
            return null;
        });
    }

    private static Optional<Entry> one(PreparedStatement ps) throws java.sql.SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            Timestamp at = rs.getTimestamp(3);
            return Optional.of(new Entry(rs.getString(1), rs.getString(2), at.toInstant()));
        }
    }
}
