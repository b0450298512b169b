package org.jalons.server.db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jalons.server.model.Json;
import org.jalons.server.service.TextRule;

/**
 * Repairs text stored before the text rule (PROTOCOL.md, "Text"): in record fields (values and keys), user, device and
 * organisation names and the summary tables' site, theme and code columns, a lone surrogate becomes U+FFFD, NUL and
 * the other control characters but tab and newline are dropped, CR LF becomes LF, the text is made NFC. Only rows
 * that need it are written. The summary roll-ups are not rebuilt here: they depend on a column of V12, which rebuilds
 * every cell from the repaired facts, and every database that passes through this step passes through V12 too.
 */
public class V11__Repair_stored_text extends BaseJavaMigration {

    /** Text columns of the summary fact tables, by table. */
    private static final String[][] FACT_COLUMNS = {
        {"agg_person", "site"},
        {"agg_goal", "site"},
        {"agg_goal", "theme"},
        {"agg_training", "site"},
        {"agg_training", "theme"},
        {"agg_training", "certification"},
        {"barrier_transition", "site"},
        {"barrier_transition", "area"},
        {"agg_interview", "site"},
        {"agg_exit", "site"},
        {"agg_exit", "category"},
        {"agg_follow_up", "site"},
        {"agg_follow_up", "situation"},
    };

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        repairRecords(c);
        repairColumn(c, "organisation", "name");
        repairColumn(c, "app_user", "display_name");
        repairColumn(c, "device", "name");
        for (String[] column : FACT_COLUMNS) {
            repairColumn(c, column[0], column[1]);
        }
    }

    /** Record fields are JSON text: each is parsed, repaired and written back when that changed it. */
    private static void repairRecords(Connection c) throws SQLException {
        List<Object[]> repaired = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select organisation_id, id, fields from sync_record")) {
            s.setFetchSize(500);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    String stored = rows.getString(3);
                    // servable: lone surrogates and raw control characters; repaired: escapes and NFD text
                    String fixed = Json.write(TextRule.repaired(Json.parseObject(TextRule.servable(stored))));
                    if (!fixed.equals(stored)) {
                        repaired.add(new Object[] {fixed, rows.getObject(1), rows.getObject(2)});
                    }
                }
            }
        }
        try (PreparedStatement u =
                c.prepareStatement("update sync_record set fields = ? where organisation_id = ? and id = ?")) {
            for (Object[] row : repaired) {
                u.setString(1, (String) row[0]);
                u.setObject(2, row[1]);
                u.setObject(3, row[2]);
                u.addBatch();
            }
            u.executeBatch();
        }
    }

    /** Every distinct value of one text column that breaks the rule, replaced where it occurs. */
    private static void repairColumn(Connection c, String table, String column) throws SQLException {
        List<String> bad = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select distinct " + column + " from " + table);
                ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                String value = rows.getString(1);
                if (value != null && TextRule.needsRepair(value, true)) {
                    bad.add(value);
                }
            }
        }
        try (PreparedStatement u =
                c.prepareStatement("update " + table + " set " + column + " = ? where " + column + " = ?")) {
            for (String value : bad) {
                u.setString(1, TextRule.repair(value).replace('\n', ' ').replace('\t', ' '));
                u.setString(2, value);
                u.executeUpdate();
            }
        }
    }
}
