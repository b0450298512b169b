package org.jalons.syncui;

import java.util.UUID;

/** A change the server refused, as the person reads it: what, whose file, when, and why in plain words. */
public record RejectedItem(UUID changeId, String record, String person, String when, String reason, String detail) {}
