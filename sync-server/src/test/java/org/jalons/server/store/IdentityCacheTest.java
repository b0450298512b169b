package org.jalons.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jalons.server.support.Backend;
import org.jalons.server.support.TestServers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The two identity columns a push writes (an audit entry per change, a barrier transition per status change)
 * hand out their values from a cache of 100,000 (V8). On H2 each cache refill commits the whole store in the middle
 * of the push that needed it, so a smaller cache means extra store writes during ordinary pushes (V4 had 1,000).
 */
class IdentityCacheTest {

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theIdentitiesAPushWritesHaveALargeCache(Backend backend) throws Exception {
        String query = backend == Backend.H2 ? """
                  select table_name, identity_cache from information_schema.columns
                  where table_schema = 'PUBLIC' and is_identity = 'YES'""" : """
                  select t.relname, s.seqcache from pg_class t
                  join pg_depend d on d.refobjid = t.oid and d.deptype in ('a', 'i')
                  join pg_class q on q.oid = d.objid and q.relkind = 'S'
                  join pg_sequence s on s.seqrelid = q.oid""";
        Map<String, Long> caches = new LinkedHashMap<>();
        try (Connection c = TestServers.sharedDatabase(backend);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                caches.put(rs.getString(1).toLowerCase(java.util.Locale.ROOT), rs.getLong(2));
            }
        }
        assertThat(caches).containsEntry("audit_log", 100_000L).containsEntry("barrier_transition", 100_000L);
    }
}
