package org.jalons.sync;

/** What one sync run did: changes acknowledged, rejected and merged with a conflict; records pulled; scope work. */
public record SyncReport(
        int acknowledged, int rejected, int conflicts, int pulled, int snapshots, int evicted, boolean restored) {}
