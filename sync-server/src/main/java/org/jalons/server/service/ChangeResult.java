package org.jalons.server.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The server's answer for one pushed change (see PROTOCOL.md, "Push"). */
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
    static final String CHANGE_ID_REUSED = "change_id_reused";

    static ChangeResult rejected(String changeId, int code, String error, String reason) {
        return new ChangeResult(changeId, REJECTED, code, null, null, null, error, reason);
    }

    static ChangeResult rejected(String changeId, ChangeRejected rejected) {
        return rejected(changeId, rejected.code, rejected.error, rejected.getMessage());
    }

    static ChangeResult applied(String changeId, long version, long seq, List<String> conflictIds) {
        return conflictIds.isEmpty()
                ? new ChangeResult(changeId, APPLIED, 200, version, seq, null, null, null)
                : new ChangeResult(changeId, MERGED_WITH_CONFLICT, 200, version, seq, conflictIds, null, null);
    }

    ChangeResult asDuplicate() {
        return new ChangeResult(changeId, DUPLICATE, 200, version, seq, conflictIds, null, null);
    }
}
