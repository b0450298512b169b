package org.jalons.server.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The server's answer for one pushed change (see PROTOCOL.md, "Push"). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChangeResult(String changeId, String status, int code, Long version, Long seq,
                           List<String> conflictIds, String reason) {

    public static final String APPLIED = "APPLIED";
    public static final String MERGED_WITH_CONFLICT = "MERGED_WITH_CONFLICT";
    public static final String DUPLICATE = "DUPLICATE";
    public static final String REJECTED = "REJECTED";

    static ChangeResult rejected(String changeId, int code, String reason) {
        return new ChangeResult(changeId, REJECTED, code, null, null, null, reason);
    }

    static ChangeResult applied(String changeId, long version, long seq, List<String> conflictIds) {
        return conflictIds.isEmpty()
                ? new ChangeResult(changeId, APPLIED, 200, version, seq, null, null)
                : new ChangeResult(changeId, MERGED_WITH_CONFLICT, 200, version, seq, conflictIds, null);
    }

    ChangeResult asDuplicate() {
        return new ChangeResult(changeId, DUPLICATE, 200, version, seq, conflictIds, null);
    }
}
