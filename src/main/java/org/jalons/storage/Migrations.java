package org.jalons.storage;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.flywaydb.core.api.ClassProvider;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * The store's migrations, listed by name rather than found by scanning the classpath: a native image
 * (GluonFX) cannot list a resource folder reliably, while reading a named resource works once it is included
 * (META-INF/native-image/org.jalons/jalons-app/resource-config.json). MigrationsTest checks this list against
 * the folder, so a new migration file that is not listed here fails the build.
 */
final class Migrations implements ResourceProvider, ClassProvider<JavaMigration> {
    static final String FOLDER = "db/migration/";
    static final List<String> FILES = List.of(
            "V1__records_and_outbox.sql",
            "V2__training_evidence_and_precise_instants.sql",
            "V3__sync_shadow.sql",
            "V4__drafts.sql",
            "V6__conflict_record_fields.sql",
            "V7__caseload_indexes.sql",
            "V8__summary_cache.sql",
            "V9__outbox_sequence_cache.sql",
            "V10__caseload_digest.sql",
            "V11__goal_step_done_date.sql",
            "V12__drop_duplicate_outbox_index.sql",
            "V13__caseload_last_interview.sql",
            "V14__outbox_pending_digest.sql",
            "V15__evidence_photos.sql",
            "V16__consent_order_refusal_codes_imported_history.sql",
            "V18__beneficiary_phone_and_address.sql",
            "V19__counsellor_profiles.sql",
            "V20__team_counsellors.sql",
            "V21__sent_changes.sql",
            "V22__organisation_vocabulary.sql",
            "V23__check_in_gap_answer.sql",
            "V25__goal_proposed_status.sql",
            "V26__amendments.sql",
            "V27__shared_word.sql",
            "V28__questionnaires.sql",
            "V29__work_observations.sql",
            "V30__training_declared_by.sql",
            "V31__check_in_amendments.sql");

    static final Migrations INSTANCE = new Migrations();

    private Migrations() {}

    @Override
    public LoadableResource getResource(String name) {
        String file = name.startsWith(FOLDER) ? name.substring(FOLDER.length()) : name;
        return FILES.contains(file) ? new Sql(file) : null;
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        return FILES.stream()
                .filter(f -> f.startsWith(prefix) && Arrays.stream(suffixes).anyMatch(f::endsWith))
                .<LoadableResource>map(Sql::new)
                .toList();
    }

    /** No Java migrations: nothing for Flyway to scan for. */
    @Override
    public Collection<Class<? extends JavaMigration>> getClasses() {
        return List.of();
    }

    private static final class Sql extends LoadableResource {
        private final String file;

        Sql(String file) {
            this.file = file;
        }

        @Override
        public Reader read() {
            InputStream in = Migrations.class.getClassLoader().getResourceAsStream(FOLDER + file);
            if (in == null) {
                throw new IllegalStateException("Migration " + FOLDER + file + " is not in the application");
            }
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        }

        @Override
        public String getAbsolutePath() {
            return FOLDER + file;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return null;
        }

        @Override
        public String getFilename() {
            return file;
        }

        @Override
        public String getRelativePath() {
            return FOLDER + file;
        }
    }
}
