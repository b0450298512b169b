package org.jalons.sync;

/** A sync step that failed: the problem to show, and the technical detail (for the log only). */
public class SyncException extends Exception {
    private final SyncProblem problem;
    private final String serverCode;

    public SyncException(SyncProblem problem, String technicalDetail, Throwable cause) {
        super(technicalDetail, cause);
        this.problem = problem;
        this.serverCode = null;
    }

    /** A refusal the server answered with its stable code ({@code {"error":"invalid_body"}}). */
    public SyncException(SyncProblem problem, String technicalDetail, String serverCode) {
        super(technicalDetail);
        this.problem = problem;
        this.serverCode = serverCode;
    }

    public SyncException(SyncProblem problem, String technicalDetail) {
        this(problem, technicalDetail, (Throwable) null);
    }

    public SyncProblem problem() {
        return problem;
    }

    /** The server's stable refusal code, or null (no answer, no code, or a failure of this phone). */
    public String serverCode() {
        return serverCode;
    }
}
