package org.jalons.sync;

import java.util.List;
import org.jalons.domain.CounsellorProfile;
import org.jalons.domain.MyCounsellor;
import org.jalons.domain.OrgTerm;
import org.jalons.domain.TeamCounsellor;
import org.jalons.domain.questionnaire.QuestionnaireCatalog;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.protocol.Wire;
import org.jalons.storage.CounsellorProfiles;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Questionnaires;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sync step after the records: a counsellor's phone sends its profile when a save has not reached the server
 * (retried at each sync until it does); a person's phone fetches its counsellors and keeps them; a supervisor's or
 * admin's device fetches the organisation's counsellors (the dashboard's team filter) and keeps them. Then every
 * device fetches the organisation's sites and goal themes and keeps them (what its pickers propose first), and its
 * questionnaires, every published version.
 */
final class CounsellorSync {
    private static final Logger LOG = LoggerFactory.getLogger(CounsellorSync.class);
    private final LocalStore store;
    private final SyncApi api;

    CounsellorSync(LocalStore store, SyncApi api) {
        this.store = store;
        this.api = api;
    }

    void run(SyncAccount account) throws SyncException {
        CounsellorProfiles profiles = store.counsellorProfiles();
        Role role = store.profile().role();
        if (role == Role.COUNSELLOR) {
            var unsent = profiles.unsent();
            if (unsent.isPresent()) {
                CounsellorProfile p = unsent.get().profile();
                api.putProfile(account, new Wire.CounsellorProfile(p.displayName(), p.addressForm(), p.workPhone()));
                profiles.markSent(unsent.get().revision());
            }
        } else if (role == Role.BENEFICIARY) {
            Wire.MyCounsellors answer = api.myCounsellors(account);
            List<Wire.MyCounsellor> listed =
                    answer == null || answer.counsellors() == null ? List.of() : answer.counsellors();
            profiles.replaceMine(listed.stream()
                    .map(c -> new MyCounsellor(
                            c.id(), new CounsellorProfile(c.displayName(), c.addressForm(), c.workPhone())))
                    .toList());
        } else if (role == Role.SUPERVISOR || role == Role.ADMIN) {
            Wire.TeamCounsellors answer = api.teamCounsellors(account);
            List<Wire.TeamCounsellor> listed =
                    answer == null || answer.counsellors() == null ? List.of() : answer.counsellors();
            store.teamCounsellors()
                    .replace(listed.stream()
                            .filter(java.util.Objects::nonNull)
                            .map(c -> new TeamCounsellor(c.id(), c.displayName()))
                            .toList());
        }
        vocabulary(account);
        if (role != Role.WORK_SUPERVISOR) {
            // a work supervisor answers no questionnaire and gives none
            questionnaires(account);
        }
    }

    /**
     * Every published version of the organisation's questionnaires, kept in place of the last list; a definition
     * this app cannot read (a later server's) is left out, the others kept. An empty answer keeps the last list.
     */
    private void questionnaires(SyncAccount account) throws SyncException {
        com.fasterxml.jackson.databind.JsonNode answer = api.questionnaires(account);
        com.fasterxml.jackson.databind.JsonNode listed = answer == null ? null : answer.get("questionnaires");
        if (listed == null || !listed.isArray() || listed.isEmpty()) {
            return;
        }
        List<Questionnaires.Published> versions = new java.util.ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode version : listed) {
            try {
                versions.add(new Questionnaires.Published(
                        QuestionnaireCatalog.parse(version.path("definition").toString()),
                        version.path("retired").asBoolean(false)));
            } catch (java.io.IOException e) {
                LOG.warn("A questionnaire the server listed cannot be read here; it is left out", e);
            }
        }
        store.questionnaires().replace(versions);
    }

    private void vocabulary(SyncAccount account) throws SyncException {
        Wire.OrgVocabulary answer = api.orgVocabulary(account);
        List<Wire.OrgTerm> listed = answer == null || answer.terms() == null ? List.of() : answer.terms();
        List<OrgTerm> terms = new java.util.ArrayList<>();
        for (Wire.OrgTerm t : listed) {
            OrgTerm.Kind kind = t == null ? null : kind(t.kind());
            if (kind != null) {
                terms.add(new OrgTerm(
                        kind,
                        t.code(),
                        t.label(),
                        t.easyLabel(),
                        !Boolean.FALSE.equals(t.active()),
                        t.labels() == null ? List.of() : t.labels()));
            }
        }
        store.orgVocabulary().replace(terms);
    }

    /** A kind this app knows; another (a later server's) is left out. */
    private static OrgTerm.Kind kind(String name) {
        for (OrgTerm.Kind kind : OrgTerm.Kind.values()) {
            if (kind.name().equals(name)) {
                return kind;
            }
        }
        return null;
    }
}
