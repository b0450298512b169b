package org.jalons.sync;

/**
 * The server refused a summary request on purpose: 403 (this account may not see summaries) or 400 (a filter it
 * does not know, e.g. another organisation's site). Unlike a network failure, asking again will not help.
 */
public final class SummaryRefusedException extends SyncException {
    private final int status;
    private final String error;

    public SummaryRefusedException(int status, String error, String technicalDetail) {
        super(SyncProblem.SERVER_REFUSED, technicalDetail);
        this.status = status;
        this.error = error;
    }

    /** True for 403: the account is not a supervisor's or an admin's. */
    public boolean forbidden() {
        return status == 403;
    }

    /** The server's stable error code ({@code invalid_filter}, {@code invalid_period}…), or null. */
    public String error() {
        return error;
    }
}
