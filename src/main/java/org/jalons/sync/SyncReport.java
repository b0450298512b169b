package org.jalons.sync;

/**
 * What one sync run did: changes acknowledged, rejected and merged with a conflict; records pulled; scope work; why
 * the counsellors' profiles step failed after the records went through ({@code profilesProblem}, null when it did
 * not).
 */
public record SyncReport(
        int acknowledged,
        int rejected,
        int conflicts,
        int pulled,
        int snapshots,
        int evicted,
        boolean restored,
        SyncProblem profilesProblem) {}
