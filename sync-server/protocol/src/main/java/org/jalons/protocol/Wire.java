package org.jalons.protocol;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The JSON bodies of protocol v1 (docs/PROTOCOL.md), written once for the app and the server. The server refuses a
 * push body or a change holding a property not listed here ({@code PROPERTIES}); answers, read by phones, ignore
 * properties they do not know, so that a newer server can add some without breaking older phones.
 */
public final class Wire {
    public static final int PROTOCOL = 1;

    private Wire() {}

    /**
     * {@code POST /api/v1/pair}: the one-time code, the name the device is listed under and, optionally, its model
     * (at most {@link #MODEL_MAX} characters, one line), which an admin sees in the device list.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PairRequest(
            @JsonProperty(required = true) String code,
            @JsonProperty(required = true) String deviceName,
            String model) {
        public static final int MODEL_MAX = 120;

        public PairRequest(String code, String deviceName) {
            this(code, deviceName, null);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PairResponse(UUID deviceId, String token, PairedUser user) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PairedUser(UUID id, String role, UUID organisationId, String displayName, UUID beneficiaryId) {}

    /**
     * {@code POST /api/v1/pairing-codes}: a code for the phone of an account ({@code userId}) or of the person whose
     * record {@code beneficiaryId} is; exactly one of the two.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PairingCodeRequest(UUID userId, UUID beneficiaryId) {
        public static PairingCodeRequest forUser(UUID userId) {
            return new PairingCodeRequest(userId, null);
        }

        public static PairingCodeRequest forBeneficiary(UUID beneficiaryId) {
            return new PairingCodeRequest(null, beneficiaryId);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PairingCodeResponse(String code, String expiresAt) {}

    public record PushRequest(int protocol, List<Change> changes) {
        /** Every property of a push body; any other is refused. */
        public static final Set<String> PROPERTIES = Set.of("protocol", "changes");
    }

    /** {@code fields} keeps its nulls: a null clears the field on the server. */
    public record Change(
            UUID changeId,
            UUID recordId,
            String kind,
            UUID beneficiaryId,
            String op,
            long baseVersion,
            Map<String, Object> fields,
            String createdAt) {
        /** Every property of a change; any other is refused, for that change alone. */
        public static final Set<String> PROPERTIES =
                Set.of("changeId", "recordId", "kind", "beneficiaryId", "op", "baseVersion", "fields", "createdAt");

        public static final String UPSERT = "upsert";
        public static final String DELETE = "delete";
    }

    /**
     * {@code history} and {@code head} (the database's history id and the organisation's highest committed seq, see
     * PROTOCOL.md "A server restored from a backup") are absent from older servers: null.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PushResponse(List<ChangeResult> results, UUID history, Long head) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ChangeResult(
            String changeId,
            String status,
            int code,
            Long version,
            Long seq,
            List<String> conflictIds,
            String error,
            String reason) {
        public static final String APPLIED = "APPLIED";
        public static final String MERGED_WITH_CONFLICT = "MERGED_WITH_CONFLICT";
        public static final String DUPLICATE = "DUPLICATE";
        public static final String REJECTED = "REJECTED";

        /** Stable code of a reused change id (PROTOCOL.md, "Push"). */
        public static final String CHANGE_ID_REUSED = "change_id_reused";

        public static ChangeResult rejected(String changeId, int code, String error, String reason) {
            return new ChangeResult(changeId, REJECTED, code, null, null, null, error, reason);
        }

        public static ChangeResult applied(String changeId, long version, long seq, List<String> conflictIds) {
            return conflictIds.isEmpty()
                    ? new ChangeResult(changeId, APPLIED, 200, version, seq, null, null, null)
                    : new ChangeResult(changeId, MERGED_WITH_CONFLICT, 200, version, seq, conflictIds, null, null);
        }

        /** The answer again, for a change sent a second time. */
        public ChangeResult asDuplicate() {
            return new ChangeResult(changeId, DUPLICATE, 200, version, seq, conflictIds, null, null);
        }

        /** Whether the server holds the change: the phone may drop it from its outbox. */
        public boolean acknowledged() {
            return APPLIED.equals(status) || MERGED_WITH_CONFLICT.equals(status) || DUPLICATE.equals(status);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ServedRecord(
            long seq,
            String kind,
            UUID id,
            UUID beneficiaryId,
            long version,
            boolean deleted,
            Map<String, Object> fields) {}

    /** A beneficiary the device may see, with the sensitive categories it may see for them. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ScopeEntry(UUID beneficiaryId, String signature) {}

    /**
     * One page of pull: records after the cursor, the next cursor, and the device's current scope. {@code R} is the
     * record as each side holds it: {@link ServedRecord} on the phone, the stored JSON written as it is on the server.
     * {@code history} and {@code head} as in {@link PushResponse}.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PullPage<R>(
            List<R> records, long cursor, boolean hasMore, List<ScopeEntry> scope, UUID history, Long head) {}

    /**
     * {@code scope} (every page, read by the server before the page's records): the first page's is kept after a
     * full restore. Absent from older servers: the scope is then learnt from the next pull. {@code history} and
     * {@code head} as in {@link PullPage}.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SnapshotPage<R>(
            List<R> records, long cursor, String nextPage, List<ScopeEntry> scope, UUID history, Long head) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ErrorBody(String error, String message) {}

    /**
     * {@code PUT /api/v1/me/profile}: how a counsellor is shown to the people they support, their name (e.g.
     * "Camille"), the form of address of {@link #ADDRESS_FORMS} and an optional work phone.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CounsellorProfile(String displayName, String addressForm, String workPhone) {
        /** Every property of the body; any other is refused. */
        public static final Set<String> PROPERTIES = Set.of("displayName", "addressForm", "workPhone");

        /** Longest name shown to the people supported (a first name, or a first name and a surname). */
        public static final int DISPLAY_NAME_MAX = 60;

        /** "ma conseillère", "mon conseiller", or a neutral "the person who supports me" with the name. */
        public static final List<String> ADDRESS_FORMS = List.of("feminine", "masculine", "neutral");
    }

    /** {@code GET /api/v1/me/counsellors}: the counsellors whose caseload holds the person, as each chose to show. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MyCounsellors(List<MyCounsellor> counsellors) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MyCounsellor(UUID id, String displayName, String addressForm, String workPhone) {}

    /** {@code GET /api/v1/me/counsellors} on a supervisor's or admin's device: the organisation's counsellors. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TeamCounsellors(List<TeamCounsellor> counsellors) {}

    /** A counsellor account of the organisation: its id (the summaries' {@code counsellorId}) and its name. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TeamCounsellor(UUID id, String displayName) {}

    /**
     * {@code GET /api/v1/me/vocabulary} on every device: the organisation's sites and goal themes (PROTOCOL.md, "The
     * organisation's sites and goal themes").
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OrgVocabulary(List<OrgTerm> terms, List<MergedTerm> merged) {}

    /**
     * A term: {@code kind} SITE or GOAL_THEME, its stable code, label, easy-read label (null: none), whether devices
     * propose it ({@code active}, false once retired) and every label it had (a record written with one shows as it).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OrgTerm(
            String kind, String code, String label, String easyLabel, Boolean active, List<String> labels) {}

    /** A term merged into another: what was written with it shows as {@code into}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MergedTerm(String code, String into) {}
}
