package org.jalons.domain;

import java.util.UUID;

/** A counsellor whose caseload holds the person of this phone, as they chose to be shown (GET /me/counsellors). */
public record MyCounsellor(UUID id, CounsellorProfile profile) {}
