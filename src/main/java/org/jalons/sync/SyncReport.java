package org.jalons.sync;

/**
 * What one sync run did: changes acknowledged, rejected and merged with a conflict; records pulled; scope work; why
 * the counsellors' profiles step failed after the records went through ({@code profilesProblem}, null when it did
 * not); what this run did after finding the server restored from a backup ({@code serverRestored}, null when it did
 * not find that).
 */
public record SyncReport(
        int acknowledged,
        int rejected,
        int conflicts,
        int pulled,
        int snapshots,
        int evicted,
        boolean restored,
        SyncProblem profilesProblem,
        RestoreNotice serverRestored) {}
