package org.jalons.server.db.migration;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jalons.server.model.Json;
import org.jalons.server.summary.store.SummaryRollups;

/**
 * Consents take effect in the order the server received them, not by the device's recordedAt (a phone whose clock
 * ran ahead made an old consent outlive later withdrawals). Replays every stored consent record in seq order into
 * {@code consent_state}; adds {@code agg_person.stats_refused} (a person who refused statistics counts in no figure)
 * set from the replayed ANONYMOUS_STATISTICS consents; rebuilds every summary cell under the new rules.
 */
public class V12__Consent_in_order_of_receipt extends BaseJavaMigration {

    private record Key(UUID organisationId, UUID beneficiaryId, String category) {}

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("alter table agg_person add column stats_refused boolean default false not null");
        }
        Map<Key, ObjectNode> inForce = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement(
                        "select organisation_id, beneficiary_id, fields from sync_record where kind = 'consent' order by seq");
                ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                ObjectNode fields = Json.parseObject(rows.getString(3));
                inForce.put(
                        new Key(
                                rows.getObject(1, UUID.class),
                                rows.getObject(2, UUID.class),
                                fields.path("category").asText()),
                        fields); // a later seq replaces an earlier one
            }
        }
        for (Map.Entry<Key, ObjectNode> consent : inForce.entrySet()) {
            Key key = consent.getKey();
            boolean granted = consent.getValue().path("granted").asBoolean();
            update(
                    c,
                    "update consent_state set granted = ?, recorded_at = ? where organisation_id = ?"
                            + " and beneficiary_id = ? and category = ?",
                    granted,
                    OffsetDateTime.ofInstant(
                            Instant.parse(consent.getValue().path("recordedAt").asText()), ZoneOffset.UTC),
                    key.organisationId(),
                    key.beneficiaryId(),
                    key.category());
            if ("ANONYMOUS_STATISTICS".equals(key.category())) {
                update(
                        c,
                        "update agg_person set stats_consent = ?, stats_refused = ? where organisation_id = ?"
                                + " and beneficiary_id = ?",
                        granted,
                        !granted,
                        key.organisationId(),
                        key.beneficiaryId());
            }
        }
        SummaryRollups.rebuild(c, null);
    }

    private static void update(Connection c, String sql, Object... args) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.executeUpdate();
        }
    }
}
