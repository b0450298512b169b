package org.jalons.syncui;

import java.util.Optional;

/**
 * Where a refused change can be fixed: the editor of the record it is about (a goal, a step's goal, a profile…) or
 * the person's file, as the app's screen table knows them; empty when this phone has no screen for that record.
 */
@FunctionalInterface
public interface RecordOpener {
    Optional<Runnable> opener(RejectedItem item);
}
