package org.jalons.admin;

import java.util.List;
import org.jalons.ui.Screen;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * A part of the structure's administration: it opens its own screen, whose texts are
 * {@code admin.section.<id>.title} and {@code .hint} in the {@code admin} bundle.
 *
 * @param id node ids ({@code admin-<id>}) and text keys
 */
public record AdminSection(Screen screen, String id, Ikon icon) {
    /** Every part, in the order the admin's home lists them. */
    public static final List<AdminSection> ALL = List.of(
            // Each part adds its line: new AdminSection(Screen.X, "id", Material2AL.Y),
            // Team, invitations and devices
            new AdminSection(Screen.ADMIN_TEAM, "team", org.kordamp.ikonli.material2.Material2AL.GROUP),
            new AdminSection(Screen.ADMIN_DEVICES, "devices", org.kordamp.ikonli.material2.Material2MZ.SMARTPHONE),
            // People, caseloads and personal-data requests
            new AdminSection(Screen.ADMIN_PEOPLE, "people", org.kordamp.ikonli.material2.Material2MZ.PEOPLE),
            new AdminSection(Screen.ADMIN_SETTINGS, "settings", Material2MZ.TUNE),
            new AdminSection(Screen.ADMIN_AUDIT, "audit", Material2AL.HISTORY),
            // The organisation's sites and goal themes

            new AdminSection(Screen.ADMIN_VOCABULARY, "vocabulary", Material2AL.LABEL),
            // The organisation's questionnaires, composed with the people
            new AdminSection(Screen.QUESTIONNAIRE_COMPOSE, "questionnaires", Material2AL.ASSIGNMENT));
}
