package org.jalons.server.model;

import java.util.UUID;

/**
 * How a counsellor ({@code userId}) is shown to the people they support: the name they chose, the form of address
 * of the texts ({@code feminine}, {@code masculine}, {@code neutral}) and a work phone, or null.
 */
public record CounsellorProfile(UUID userId, String displayName, String addressForm, String workPhone) {}
