package org.jalons.server.service;

import java.util.List;

/** One page of a snapshot taken at seq {@code cursor}; {@code nextPage} is null after the last page. */
public record SnapshotPage(List<SyncedRecord> records, long cursor, String nextPage) {
}
