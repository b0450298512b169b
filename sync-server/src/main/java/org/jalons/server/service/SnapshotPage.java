package org.jalons.server.service;

import java.util.List;

/**
 * One page of a snapshot taken at seq {@code cursor}; {@code nextPage} is null after the last page. {@code scope}
 * is the device's scope in the pull's format, read before this page's records (never newer than them).
 */
public record SnapshotPage(List<SyncedRecord> records, long cursor, String nextPage, List<PullPage.ScopeEntry> scope) {}
