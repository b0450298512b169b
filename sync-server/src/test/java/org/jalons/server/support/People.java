package org.jalons.server.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds summary test data through real pushes: people at a site with goals, check-ins, exits... */
public final class People {

    private final Org org;
    private final Org.Member counsellor;
    private final List<ObjectNode> pending = new ArrayList<>();
    private final Map<UUID, Org.Member> phones = new HashMap<>();

    public People(Org org, Org.Member counsellor) {
        this.org = org;
        this.counsellor = counsellor;
    }

    /** A beneficiary at {@code site}, entered on {@code entryDate}. */
    public UUID person(String site, String entryDate) {
        UUID id = UUID.randomUUID();
        add(Changes.upsert(
                "beneficiary",
                id,
                id,
                0,
                "displayName",
                "P " + id.toString().substring(0, 4),
                "entryDate",
                entryDate,
                "site",
                site));
        return id;
    }

    public List<UUID> persons(int n, String site, String entryDate) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(person(site, entryDate));
        }
        return ids;
    }

    public UUID goal(UUID person, String theme, String status, String openedOn, String closedOn) {
        UUID id = UUID.randomUUID();
        ObjectNode change = Changes.upsert(
                "goal",
                id,
                person,
                0,
                "theme",
                theme,
                "phrasing",
                "Je me sens capable de …",
                "proposedBy",
                "JOINT",
                "status",
                status,
                "openedOn",
                openedOn);
        if (closedOn != null) {
            ((ObjectNode) change.get("fields")).put("closedOn", closedOn);
        }
        add(change);
        return id;
    }

    public void checkIn(UUID person, UUID goal, String rater, int rating, String ratedAt, String comment) {
        ObjectNode change = Changes.upsert(
                "checkIn",
                UUID.randomUUID(),
                person,
                0,
                "goalId",
                goal.toString(),
                "rater",
                rater,
                "rating",
                rating,
                "ratedAt",
                ratedAt);
        if (comment != null) {
            ((ObjectNode) change.get("fields")).put("comment", comment);
        }
        add(change);
    }

    public UUID exit(UUID person, String date, String category) {
        UUID id = UUID.randomUUID();
        add(Changes.upsert("exit", id, person, 0, "exitDate", date, "category", category));
        return id;
    }

    public void interview(UUID person, String date) {
        add(Changes.upsert(
                "interview",
                UUID.randomUUID(),
                person,
                0,
                "date",
                date,
                "place",
                "STRUCTURE",
                "notes",
                "Notes that supervisors never see"));
    }

    public void training(
            UUID person,
            String certification,
            Integer level,
            String status,
            String start,
            String end,
            double planned,
            double done) {
        ObjectNode change = Changes.upsert(
                "training",
                UUID.randomUUID(),
                person,
                0,
                "title",
                "Formation",
                "trainingKind",
                "CERTIFYING",
                "certification",
                certification,
                "status",
                status,
                "startDate",
                start,
                "plannedHours",
                planned,
                "doneHours",
                done);
        if (level != null) {
            ((ObjectNode) change.get("fields")).put("rncpLevel", level);
        }
        if (end != null) {
            ((ObjectNode) change.get("fields")).put("endDate", end);
        }
        add(change);
    }

    public void consent(UUID person, String category, boolean granted, String at) {
        add(Changes.upsert(
                "consent",
                UUID.randomUUID(),
                person,
                0,
                "category",
                category,
                "granted",
                granted,
                "recordedAt",
                at,
                "recordedBy",
                "CIP"));
    }

    public UUID barrier(UUID person, String area, String status) {
        UUID id = UUID.randomUUID();
        add(Changes.upsert("barrier", id, person, 0, "area", area, "status", status));
        return id;
    }

    public void barrierStatus(UUID person, UUID barrier, long baseVersion, String status) {
        add(Changes.upsert("barrier", barrier, person, baseVersion, "status", status));
    }

    public void add(ObjectNode change) {
        pending.add(change);
    }

    /**
     * Pushes everything added so far (in batches, in order) and checks each change was applied. A person's own
     * rating (rater BENEFICIARY) is pushed from that person's phone, as write rights require (PROTOCOL.md).
     */
    public void push() {
        int from = 0;
        while (from < pending.size()) {
            Org.Member pusher = pusherOf(pending.get(from));
            int to = from + 1;
            while (to < pending.size()
                    && to - from < 400
                    && pusherOf(pending.get(to)).equals(pusher)) {
                to++;
            }
            JsonNode result = org.push(pusher, Changes.batch(pending.subList(from, to)));
            for (JsonNode r : result.get("results")) {
                if (!"APPLIED".equals(r.get("status").asText())) {
                    throw new AssertionError("Not applied: " + r);
                }
            }
            from = to;
        }
        pending.clear();
    }

    /** The person's own phone (their account, paired on first use). */
    public Org.Member phone(UUID person) {
        return phones.computeIfAbsent(person, org::beneficiaryUser);
    }

    private Org.Member pusherOf(ObjectNode change) {
        if ("checkIn".equals(change.get("kind").asText())
                && "BENEFICIARY".equals(change.at("/fields/rater").asText())) {
            return phones.computeIfAbsent(
                    UUID.fromString(change.get("beneficiaryId").asText()), org::beneficiaryUser);
        }
        return counsellor;
    }
}
