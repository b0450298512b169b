package org.jalons.server.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;

/**
 * The server's current state of one synced record. {@code fieldVersions} holds, per field,
 * the record version that last changed it (the basis of the field-level merge).
 */
public record StoredRecord(
        UUID organisationId,
        UUID id,
        String kind,
        UUID beneficiaryId,
        long version,
        long seq,
        boolean deleted,
        String sensitiveCategory,
        ObjectNode fields,
        ObjectNode fieldVersions) {}
