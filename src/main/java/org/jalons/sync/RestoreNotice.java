package org.jalons.sync;

import java.time.Instant;

/**
 * What the sync status says once after the server was restored from a backup: when this phone found out, how many of
 * its changes it sent again that the restored server did not have, and how many of those the server refused (they
 * wait among the refused changes, with the reason).
 */
public record RestoreNotice(Instant at, int resent, int refused) {}
