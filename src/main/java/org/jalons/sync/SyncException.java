package org.jalons.sync;

/** A sync step that failed: the problem to show, and the technical detail (for the log only). */
public class SyncException extends Exception {
    private final SyncProblem problem;

    public SyncException(SyncProblem problem, String technicalDetail, Throwable cause) {
        super(technicalDetail, cause);
        this.problem = problem;
    }

    public SyncException(SyncProblem problem, String technicalDetail) {
        this(problem, technicalDetail, null);
    }

    public SyncProblem problem() {
        return problem;
    }
}
