package org.jalons.server.model;

import java.util.UUID;

/** A person with an account in one organisation. {@code beneficiaryId} is set for beneficiaries only. */
public record User(UUID id, UUID organisationId, String displayName, Role role, UUID beneficiaryId) {}
