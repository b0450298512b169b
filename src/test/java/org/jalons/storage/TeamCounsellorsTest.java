package org.jalons.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.jalons.domain.TeamCounsellor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TeamCounsellorsTest {
    @TempDir
    Path dir;

    @Test
    void theTeamTheServerListedReplacesTheLastOneInItsOrderWithoutWhatCannotBeShown() throws Exception {
        try (LocalStore store = TestStores.counsellorStore(dir)) {
            TeamCounsellors team = store.teamCounsellors();
            UUID camille = UUID.randomUUID();
            UUID karim = UUID.randomUUID();
            team.replace(List.of(new TeamCounsellor(UUID.randomUUID(), "Ancienne liste")));

            team.replace(List.of(
                    new TeamCounsellor(camille, " Camille Martin "),
                    new TeamCounsellor(null, "Sans identifiant"),
                    new TeamCounsellor(UUID.randomUUID(), " "),
                    new TeamCounsellor(UUID.randomUUID(), "Deux\nlignes"),
                    new TeamCounsellor(UUID.randomUUID(), "x".repeat(TeamCounsellor.DISPLAY_NAME_MAX + 1)),
                    new TeamCounsellor(karim, "Karim Haddad"),
                    new TeamCounsellor(karim, "Karim Haddad")));

            assertThat(team.all())
                    .containsExactly(
                            new TeamCounsellor(camille, "Camille Martin"), new TeamCounsellor(karim, "Karim Haddad"));
            team.replace(List.of());
            assertThat(team.all()).isEmpty();
        }
    }
}
