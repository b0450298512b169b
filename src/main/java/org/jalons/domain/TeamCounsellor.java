package org.jalons.domain;

import java.util.UUID;

/**
 * A counsellor of the organisation as a supervisor's or admin's device knows them (GET /me/counsellors): the id the
 * summaries filter by, and the name the organisation gave the account.
 */
public record TeamCounsellor(UUID id, String displayName) {
    /** The server's longest account name. */
    public static final int DISPLAY_NAME_MAX = 120;

    /** Whether this can be kept and shown: an id, and a name of one line within the size. */
    public boolean keepable() {
        return id != null
                && displayName != null
                && !displayName.isBlank()
                && displayName.strip().length() <= DISPLAY_NAME_MAX
                && displayName.chars().noneMatch(Character::isISOControl);
    }
}
