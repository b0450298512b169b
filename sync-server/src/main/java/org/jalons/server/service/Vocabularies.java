package org.jalons.server.service;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jalons.server.model.OrgVocabulary;
import org.jalons.server.model.OrgVocabulary.Kind;
import org.jalons.server.model.OrgVocabulary.State;
import org.jalons.server.model.OrgVocabulary.Term;
import org.jalons.server.model.Principal;
import org.jalons.server.model.Refusal;
import org.jalons.server.store.AuditLog;
import org.jalons.server.store.Database;
import org.jalons.server.store.Stores;
import org.jalons.server.store.VocabularyStore;
import org.jalons.server.summary.SiteMapping;
import org.jalons.server.summary.SummaryProjector;
import org.jalons.server.summary.ThemeMapping;

/**
 * The organisation's own sites and goal themes (issue #16): an admin adds, renames, merges and retires terms and
 * adopts the free texts found in the records; every device reads the list. A goal theme is written on phones as
 * {@code custom:<label>}; the statistics count it, and every free text adopted or merged into a term, under the
 * term's stable code ({@link ThemeMapping}). Every change is audited; a change that moves figures recounts them under
 * the statistics' lease, in the same transaction.
 */
public final class Vocabularies {

    /** The longest label; the free text of a {@code custom:} code is at most 120 characters too. */
    public static final int MAX_LABEL = 120;

    private static final String CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What an admin sees: the terms, every text counted as one, and the free texts found in the records. */
    public record Listing(List<Term> terms, List<OrgVocabulary.Alias> aliases, List<OrgVocabulary.Seen> seen) {}

    /** What a device keeps: the terms (not merged ones) and where each merged code went. */
    public record ForDevices(List<Term> terms, List<Term> merged, List<OrgVocabulary.Alias> labels) {}

    private final Database db;
    private final Stores stores;
    private final Clock clock;
    private final SummaryProjector projector;
    private final VocabularyStore store = new VocabularyStore();

    public Vocabularies(Database db, Stores stores, Clock clock, SummaryProjector projector) {
        this.db = db;
        this.stores = stores;
        this.clock = clock;
        this.projector = projector;
    }

    public Listing list(Principal admin) {
        Accounts.requireAdmin(admin);
        UUID org = admin.organisationId();
        return db.inTransaction(c -> new Listing(store.terms(c, org), store.aliases(c, org), store.seen(c, org)));
    }

    /**
     * What any device of the organisation reads: active and retired terms, merged ones with the code they went to,
     * and the labels (past and present) each term was given by an admin. Free texts merged in are not sent: they
     * are words about people, written on other phones.
     */
    public ForDevices forDevices(Principal principal) {
        UUID org = principal.organisationId();
        return db.inTransaction(c -> {
            List<Term> all = store.terms(c, org);
            List<OrgVocabulary.Alias> labels = store.aliases(c, org).stream()
                    .filter(OrgVocabulary.Alias::label)
                    .toList();
            return new ForDevices(
                    all.stream().filter(t -> t.state() != State.MERGED).toList(),
                    all.stream().filter(t -> t.state() == State.MERGED).toList(),
                    labels);
        });
    }

    /** Adds a term; its label counts as it (so a free text of that label is adopted). */
    public Term add(Principal admin, Kind kind, String label, String easyLabel) {
        Accounts.requireAdmin(admin);
        String clean = label(label, "label");
        String easy = easyLabel == null ? null : label(easyLabel, "easyLabel");
        return changing(admin, c -> {
            UUID org = admin.organisationId();
            requireFree(c, org, kind, clean, null);
            Instant now = clock.instant();
            Term term = new Term(kind, newCode(c, org), clean, easy, State.ACTIVE, null, now, admin.userId());
            store.insert(c, org, term, admin.userId());
            store.putAlias(c, org, kind, clean, term.code(), true, admin.userId(), now);
            audit(c, admin, "VOCABULARY_ADD", now);
            return term;
        });
    }

    /** Renames a term: the new label counts as it, and so does the old one still (records keep their words). */
    public Term rename(Principal admin, String code, String label, String easyLabel) {
        Accounts.requireAdmin(admin);
        String clean = label(label, "label");
        String easy = easyLabel == null ? null : label(easyLabel, "easyLabel");
        return changing(admin, c -> {
            UUID org = admin.organisationId();
            Term term = notMerged(c, org, code);
            requireFree(c, org, term.kind(), clean, code);
            Instant now = clock.instant();
            Term renamed = new Term(term.kind(), code, clean, easy, term.state(), null, now, admin.userId());
            store.update(c, org, renamed);
            store.putAlias(c, org, term.kind(), clean, code, true, admin.userId(), now);
            audit(c, admin, "VOCABULARY_RENAME", now);
            return renamed;
        });
    }

    /** Counts term {@code code} as {@code into} from now on, with every text counted as it. */
    public Term merge(Principal admin, String code, String into) {
        Accounts.requireAdmin(admin);
        return changing(admin, c -> {
            UUID org = admin.organisationId();
            Term term = notMerged(c, org, code);
            Term target = notMerged(c, org, into);
            if (target.kind() != term.kind() || code.equals(into)) {
                throw Refusal.invalid("invalid_body", "into must be another term of the same kind.");
            }
            Instant now = clock.instant();
            store.update(
                    c,
                    org,
                    new Term(
                            term.kind(),
                            code,
                            term.label(),
                            term.easyLabel(),
                            State.MERGED,
                            into,
                            now,
                            admin.userId()));
            store.moveInto(c, org, code, into);
            audit(c, admin, "VOCABULARY_MERGE", now);
            return target;
        });
    }

    /** Counts a free text found in the records as term {@code code} (adopting it into the list). */
    public Term adoptText(Principal admin, String code, String text) {
        Accounts.requireAdmin(admin);
        String clean = label(text, "text");
        return changing(admin, c -> {
            UUID org = admin.organisationId();
            Term term = notMerged(c, org, code);
            String current = store.aliasCode(c, org, term.kind(), clean).orElse(null);
            if (code.equals(current)) {
                return term;
            }
            if (current != null && !current.equals(code) && isLabelOf(c, org, current, clean)) {
                throw new Refusal(
                        Refusal.Reason.CONFLICT, "label_taken", "This text is the label of another term: merge it.");
            }
            Instant now = clock.instant();
            store.putAlias(c, org, term.kind(), clean, code, false, admin.userId(), now);
            audit(c, admin, "VOCABULARY_ADOPT_TEXT", now);
            return term;
        });
    }

    /** A retired term is no longer proposed on devices; what was counted under it stays counted under it. */
    public Term retire(Principal admin, String code) {
        Accounts.requireAdmin(admin);
        return changing(admin, c -> {
            UUID org = admin.organisationId();
            Term term = notMerged(c, org, code);
            Instant now = clock.instant();
            Term retired = new Term(
                    term.kind(), code, term.label(), term.easyLabel(), State.RETIRED, null, now, admin.userId());
            store.update(c, org, retired);
            audit(c, admin, "VOCABULARY_RETIRE", now);
            return retired;
        });
    }

    private interface Work {
        Term run(Connection c) throws SQLException;
    }

    /**
     * One change and the recount of the figures it moves, under the statistics' lease, in one transaction; a skill at
     * work or a partner kind moves no figure, so nothing is recounted for it.
     */
    private Term changing(Principal admin, Work work) {
        return projector.exclusively(admin.organisationId(), Duration.ofSeconds(20), c -> {
            Term result = work.run(c);
            if (result.kind().movesFigures()) {
                ThemeMapping.remap(c, admin.organisationId());
                SiteMapping.remap(c, admin.organisationId());
            }
            return result;
        });
    }

    private Term notMerged(Connection c, UUID org, String code) throws SQLException {
        Term term = store.term(c, org, code).orElseThrow(Refusal::notFound);
        if (term.state() == State.MERGED) {
            throw new Refusal(
                    Refusal.Reason.CONFLICT, "term_merged", "This term was merged into " + term.mergedInto() + ".");
        }
        return term;
    }

    /** A label is free when no other term counts it as its own (a free text nobody adopted is free). */
    private void requireFree(Connection c, UUID org, Kind kind, String label, String code) throws SQLException {
        String owner = store.aliasCode(c, org, kind, label).orElse(null);
        if (owner != null && !owner.equals(code)) {
            throw new Refusal(
                    Refusal.Reason.CONFLICT,
                    "label_taken",
                    "Another term of the organisation is counted by this text.");
        }
    }

    private boolean isLabelOf(Connection c, UUID org, String code, String text) throws SQLException {
        return store.term(c, org, code).map(t -> t.label().equals(text)).orElse(false);
    }

    private static String label(String text, String name) {
        if (text == null || text.isBlank()) {
            throw Refusal.invalid("invalid_body", name + " is required.");
        }
        String clean = TextRule.line(name, text).strip();
        if (clean.length() > MAX_LABEL) {
            throw Refusal.invalid("invalid_body", name + " must be at most " + MAX_LABEL + " characters.");
        }
        return clean;
    }

    private String newCode(Connection c, UUID org) throws SQLException {
        while (true) {
            StringBuilder code = new StringBuilder("ORG_");
            for (int i = 0; i < 8; i++) {
                code.append(CODE_LETTERS.charAt(RANDOM.nextInt(CODE_LETTERS.length())));
            }
            if (store.term(c, org, code.toString()).isEmpty()) {
                return code.toString();
            }
        }
    }

    private void audit(Connection c, Principal admin, String action, Instant now) throws SQLException {
        stores.audit()
                .append(
                        c,
                        admin.organisationId(),
                        new AuditLog.Entry(
                                admin.userId(),
                                admin.deviceId(),
                                now,
                                action,
                                "organisation",
                                admin.organisationId(),
                                null,
                                null));
    }
}
