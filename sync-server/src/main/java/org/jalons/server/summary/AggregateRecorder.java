package org.jalons.server.summary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.UUID;
import org.jalons.server.model.Json;
import org.jalons.server.model.Role;
import org.jalons.server.model.StoredRecord;
import org.jalons.server.store.QuestionnaireStore;
import org.jalons.server.store.Stores;
import org.jalons.server.summary.store.AggregateStore;
import org.jalons.server.summary.store.AggregateStore.GoalRatings;
import org.jalons.server.summary.store.AggregateStore.Placement;
import org.jalons.server.summary.store.AggregateStore.Rating;
import org.jalons.server.summary.store.SummaryChangeLog;

/**
 * Keeps the summary fact tables in step with every accepted write, as the projector reads them from the change log:
 * one narrow row per goal (with first/latest rating per rater), training, exit, follow-up and
 * interview, one row per barrier status change, and per person the placement (site, counsellor),
 * entry/exit months, statistics consent and first/latest questionnaire score.
 */
public final class AggregateRecorder {

    private static final Set<String> CLOSED_GOAL = Set.of("ATTEINT", "ABANDONNE");
    /** The version of the bundled questionnaire whose answers the figures count. */
    static final int FIGURES_VERSION = 1;

    private static final String NOTES_SHARED = "NOTES_SHARED_SUPERVISOR";

    private final AggregateStore store;
    private final Stores stores;
    private final SharedWords sharedWords;

    public AggregateRecorder(Stores stores) {
        this.stores = stores;
        this.store = new AggregateStore();
        this.sharedWords = new SharedWords(stores);
    }

    /** Months as integers: year * 12 + month - 1. */
    public static int month(LocalDate date) {
        return date.getYear() * 12 + date.getMonthValue() - 1;
    }

    public static int month(Instant instant) {
        return month(LocalDate.ofInstant(instant, ZoneOffset.UTC));
    }

    /**
     * Folds one change of the log into the facts (the projector calls it in seq order): what the push recorded of a
     * create, merge, tombstone or revival, who pushed it and when the server accepted it.
     */
    public void recorded(Connection c, UUID org, SummaryChangeLog.Entry change) throws SQLException {
        counted(c, org, change);
        if (SharedWords.FOLLOWS.contains(change.kind())
                && change.beneficiaryId() != null
                && store.placement(c, org, change.beneficiaryId()).isPresent()) {
            sharedWords.refresh(c, org, change.beneficiaryId());
        }
    }

    private void counted(Connection c, UUID org, SummaryChangeLog.Entry change) throws SQLException {
        UUID id = change.recordId();
        UUID person = change.beneficiaryId();
        Instant now = change.acceptedAt();
        if (change.deleted()) {
            deleted(c, org, change.kind(), id, person);
            return;
        }
        ObjectNode f = Json.parseObject(change.fields());
        switch (change.kind()) {
            case "beneficiary" -> beneficiary(c, change.userId(), Role.valueOf(change.userRole()), org, person, f);
            case "goal" -> {
                Placement p = placement(c, org, person);
                String status = text(f, "status");
                Integer closed = null;
                if (CLOSED_GOAL.contains(status)) {
                    closed = f.hasNonNull("closedOn") ? month(date(f, "closedOn")) : month(now);
                }
                String theme = text(f, "theme");
                store.upsertGoal(
                        c,
                        org,
                        id,
                        person,
                        p,
                        theme,
                        ThemeMapping.counted(c, org, theme),
                        status,
                        monthOf(f, "openedOn"),
                        closed);
            }
            case "checkIn" -> checkIn(c, org, person, f);
            case "training" -> training(c, org, id, person, f, now);
            case "barrier" -> {
                // the previous version's status is what its latest transition left; none after a create or revival
                String from = "UPDATE".equals(change.action())
                        ? store.lastBarrierStatus(c, org, id).orElse(null)
                        : null;
                String to = text(f, "status");
                if (!to.equals(from)) {
                    store.recordBarrierTransition(
                            c, org, id, person, placement(c, org, person), text(f, "area"), from, to, now, month(now));
                }
            }
            case "interview" -> {
                // a correction is the same interview: only the original counts
                if (!f.hasNonNull("amends")) {
                    store.insertInterview(c, org, id, person, placement(c, org, person), month(date(f, "date")));
                }
            }
            case "exit" -> {
                store.upsertExit(
                        c, org, id, person, placement(c, org, person), text(f, "category"), month(date(f, "exitDate")));
                store.refreshExitMonth(c, org, person);
            }
            case "followUp" ->
                store.upsertFollowUp(
                        c,
                        org,
                        id,
                        person,
                        placement(c, org, person),
                        f.hasNonNull("doneDate") ? text(f, "situation") : null,
                        month(date(f, "dueDate")),
                        monthOf(f, "doneDate"));
            case "questionnaireResponse" -> questionnaire(c, org, person, f);
            case "consent" -> {
                if (NOTES_SHARED.equals(text(f, "category"))) {
                    notesShared(c, org, person, stores.consents().isGranted(c, org, person, NOTES_SHARED));
                }
                if ("ANONYMOUS_STATISTICS".equals(text(f, "category"))) {
                    placement(c, org, person);
                    store.setStatsConsent(
                            c, org, person, stores.consents().isGranted(c, org, person, "ANONYMOUS_STATISTICS"));
                }
            }
            default -> {}
        }
    }

    private void beneficiary(Connection c, UUID userId, Role role, UUID org, UUID person, ObjectNode f)
            throws SQLException {
        store.ensurePerson(c, org, person);
        Placement old = store.placement(c, org, person).orElse(Placement.NONE);
        UUID counsellor = f.hasNonNull("referentCounsellorId")
                ? UUID.fromString(text(f, "referentCounsellorId"))
                : old.counsellorId() != null ? old.counsellorId() : role == Role.COUNSELLOR ? userId : null;
        String written = f.hasNonNull("site") ? text(f, "site").strip() : "";
        Placement placement = new Placement(SiteMapping.counted(c, org, written), counsellor);
        store.updatePerson(c, org, person, placement, written, monthOf(f, "entryDate"));
        if (!placement.equals(old)) {
            store.propagatePlacement(c, org, person, placement);
        }
    }

    /**
     * The person's goals count as commented only while they share their notes: recomputed from their check-ins
     * (one person's, read when the consent changes) so that granting it again brings the comments back.
     */
    private void notesShared(Connection c, UUID org, UUID person, boolean shared) throws SQLException {
        Set<UUID> commented = new HashSet<>();
        if (shared) {
            for (StoredRecord checkIn : stores.records().liveOfBeneficiary(c, org, person, "checkIn")) {
                if (!checkIn.fields().path("comment").asText("").isBlank()) {
                    commented.add(
                            UUID.fromString(checkIn.fields().path("goalId").asText()));
                }
            }
        }
        store.setCommentedGoals(c, org, person, commented);
    }

    private void checkIn(Connection c, UUID org, UUID person, ObjectNode f) throws SQLException {
        if (f.hasNonNull("amends")) {
            return; // a correction of the words: the original's rating already counts, once
        }
        UUID goalId = UUID.fromString(text(f, "goalId"));
        store.ensureGoal(c, org, goalId, person, placement(c, org, person));
        GoalRatings r = store.goalRatings(c, org, goalId).orElseThrow();
        int rating = f.get("rating").intValue();
        Instant at = Instant.parse(text(f, "ratedAt"));
        boolean self = "BENEFICIARY".equals(text(f, "rater"));
        Rating updated = withRating(self ? r.self() : r.counsellor(), rating, at);
        // a comment counts in the qualitative figures only for people who share their notes with supervisors
        boolean commented = r.commented()
                || (!f.path("comment").asText("").isBlank()
                        && stores.consents().isGranted(c, org, person, NOTES_SHARED));
        GoalRatings next = self
                ? new GoalRatings(updated, r.counsellor(), commented)
                : new GoalRatings(r.self(), updated, commented);
        Instant latest = later(next.self().latestAt(), next.counsellor().latestAt());
        store.storeGoalRatings(c, org, goalId, next, month(latest));
    }

    /** Check-ins may arrive out of order (offline devices): first and latest go by ratedAt. */
    private static Rating withRating(Rating r, int rating, Instant at) {
        boolean first = r.firstAt() == null || at.isBefore(r.firstAt());
        boolean latest = r.latestAt() == null || !at.isBefore(r.latestAt());
        return new Rating(
                first ? rating : r.first(),
                first ? at : r.firstAt(),
                latest ? rating : r.latest(),
                latest ? at : r.latestAt());
    }

    private void training(Connection c, UUID org, UUID id, UUID person, ObjectNode f, Instant now) throws SQLException {
        String status = text(f, "status");
        UUID goalId = f.hasNonNull("goalId") ? UUID.fromString(text(f, "goalId")) : null;
        String theme = goalId == null ? null : store.goalTheme(c, org, goalId).orElse(null);
        Integer start = monthOf(f, "startDate");
        if (start == null && !"PREVUE".equals(status)) {
            start = store.trainingMonth(c, org, id, "start_month").orElse(month(now));
        }
        Integer completed = null;
        Integer certified = null;
        if ("SUIVIE".equals(status) || "CERTIFIEE".equals(status)) {
            completed = f.hasNonNull("endDate")
                    ? month(date(f, "endDate"))
                    : store.trainingMonth(c, org, id, "completed_month").orElse(month(now));
        }
        if ("CERTIFIEE".equals(status)) {
            certified = f.hasNonNull("endDate")
                    ? month(date(f, "endDate"))
                    : store.trainingMonth(c, org, id, "certified_month").orElse(month(now));
        }
        store.upsertTraining(
                c,
                org,
                id,
                person,
                placement(c, org, person),
                goalId,
                theme,
                text(f, "certification"),
                f.hasNonNull("rncpLevel") ? f.get("rncpLevel").intValue() : null,
                status,
                start,
                completed,
                certified,
                f.path("plannedHours").asDouble(0),
                f.path("doneHours").asDouble(0));
    }

    /**
     * The figures' questionnaire is «Mon pouvoir d’agir» version 1 on its 1–4 scale: answers compare only within a
     * version, so a response to another questionnaire or version counts in no figure. Responses logged before
     * questionnaires were data name neither, and were all to that one.
     */
    private void questionnaire(Connection c, UUID org, UUID person, ObjectNode f) throws SQLException {
        String id = f.path("questionnaireId").asText(QuestionnaireStore.BUNDLED_ID);
        int version = f.path("questionnaireVersion").asInt(1);
        if (!QuestionnaireStore.BUNDLED_ID.equals(id) || version != FIGURES_VERSION) {
            return;
        }
        JsonNode answers = f.get("answers");
        double sum = 0;
        int n = 0;
        for (Iterator<JsonNode> values = answers.elements(); values.hasNext(); ) {
            sum += values.next().asDouble();
            n++;
        }
        if (n == 0) {
            return;
        }
        placement(c, org, person);
        Instant at = Instant.parse(text(f, "answeredAt"));
        store.recordQuestionnaire(c, org, person, (int) Math.round(sum * 100 / n), at, month(at));
    }

    private void deleted(Connection c, UUID org, String kind, UUID id, UUID person) throws SQLException {
        switch (kind) {
            case "beneficiary" -> store.deletePerson(c, org, person);
            case "goal" -> store.deleteFact(c, "agg_goal", "goal_id", org, id);
            case "training" -> store.deleteFact(c, "agg_training", "training_id", org, id);
            case "exit" -> {
                store.deleteFact(c, "agg_exit", "exit_id", org, id);
                store.refreshExitMonth(c, org, person);
            }
            case "followUp" -> store.deleteFact(c, "agg_follow_up", "follow_up_id", org, id);
            default -> {}
        }
    }

    /** The person's placement; creates an empty person row for records that arrive before the profile. */
    private Placement placement(Connection c, UUID org, UUID person) throws SQLException {
        return store.placementCreatingPerson(c, org, person);
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    private static String text(ObjectNode f, String name) {
        JsonNode value = f.get(name);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static LocalDate date(ObjectNode f, String name) {
        return LocalDate.parse(f.get(name).textValue());
    }

    private static Integer monthOf(ObjectNode f, String name) {
        return f.hasNonNull(name) ? month(date(f, name)) : null;
    }
}
