package org.jalons.storage;

import java.util.Map;
import org.jalons.domain.JalonsRecord;

/** A record as stored: its content, the server version it is based on, its tombstone flag and its wire fields. */
public record StoredRecord<T extends JalonsRecord>(T record, long version, boolean deleted, Map<String, Object> wire) {}
