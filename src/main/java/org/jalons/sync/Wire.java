package org.jalons.sync;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The JSON bodies of protocol v1 (docs/PROTOCOL.md), as the app sends and reads them. Answers ignore fields they
 * do not know, so that a newer server can add some without breaking older phones.
 */
final class Wire {
    static final int PROTOCOL = 1;

    private Wire() {}

    record PairRequest(String code, String deviceName) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PairResponse(UUID deviceId, String token, PairedUser user) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PairedUser(UUID id, String role, UUID organisationId, String displayName, UUID beneficiaryId) {}

    record PairingCodeRequest(UUID userId) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PairingCodeResponse(String code, String expiresAt) {}

    record PushRequest(int protocol, List<Change> changes) {}

    /** {@code fields} keeps its nulls: a null clears the field on the server. */
    record Change(
            UUID changeId,
            UUID recordId,
            String kind,
            UUID beneficiaryId,
            String op,
            long baseVersion,
            Map<String, Object> fields,
            String createdAt) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PushResponse(List<ChangeResult> results) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ChangeResult(
            String changeId,
            String status,
            int code,
            Long version,
            Long seq,
            List<String> conflictIds,
            String error,
            String reason) {
        static final String APPLIED = "APPLIED";
        static final String MERGED_WITH_CONFLICT = "MERGED_WITH_CONFLICT";
        static final String DUPLICATE = "DUPLICATE";
        static final String REJECTED = "REJECTED";

        boolean acknowledged() {
            return APPLIED.equals(status) || MERGED_WITH_CONFLICT.equals(status) || DUPLICATE.equals(status);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ServedRecord(
            long seq,
            String kind,
            UUID id,
            UUID beneficiaryId,
            long version,
            boolean deleted,
            Map<String, Object> fields) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ScopeEntry(UUID beneficiaryId, String signature) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PullPage(List<ServedRecord> records, long cursor, boolean hasMore, List<ScopeEntry> scope) {}

    /**
     * {@code scope} (every page, read by the server before the page's records): the first page's is kept after a
     * full restore. Absent from older servers: the scope is then learnt from the next pull.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record SnapshotPage(List<ServedRecord> records, long cursor, String nextPage, List<ScopeEntry> scope) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ErrorBody(String error, String message) {}
}
