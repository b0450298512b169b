package org.jalons.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jalons.admin.TeamServer.Account;
import org.jalons.admin.TeamServer.Device;
import org.jalons.admin.TeamServer.DeviceState;
import org.jalons.i18n.Language;
import org.jalons.i18n.Messages;
import org.jalons.protocol.PairingLink;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.sync.PairingCode;
import org.jalons.sync.SyncException;
import org.jalons.sync.SyncProblem;
import org.jalons.ui.DirectBackground;
import org.junit.jupiter.api.Test;

/** The team's and devices' view models: what the lists keep for each filter and search, and their words. */
class TeamViewModelsTest {
    static final Instant NOW = Instant.parse("2026-12-07T13:00:00Z");
    static final ZoneId ZONE = ZoneOffset.UTC;

    final Messages fr = new Messages(Language.FRENCH);
    final Fake server = new Fake();
    AdminWords words = new AdminWords(fr, Clock.fixed(NOW, ZONE), ZONE);

    final Account camille = server.account("Camille Martin", Role.COUNSELLOR, null);
    final Account heloise = server.account("Héloïse Durand", Role.SUPERVISOR, null);
    final Account nadia = server.account("Nadia Admin", Role.ADMIN, null);
    final Account old = server.account("Paul Ancien", Role.COUNSELLOR, NOW.minus(Duration.ofDays(40)));
    final Account person = server.account("Samia Personne", Role.BENEFICIARY, null);

    @Test
    void eachAccountOfTheTeamHasItsPhonesInUseAndItsLastContactThePeopleSupportedAreLeftOut() {
        server.device(camille, DeviceState.ACTIVE, NOW.minus(Duration.ofDays(3)));
        server.device(camille, DeviceState.ACTIVE, NOW.minus(Duration.ofDays(5)));
        server.device(camille, DeviceState.REVOKED, NOW.minus(Duration.ofHours(2)));
        server.device(person, DeviceState.ACTIVE, NOW);
        TeamViewModel model = new TeamViewModel(server, new DirectBackground(), words);
        model.stateProperty().set(TeamViewModel.StateFilter.ALL);
        model.load();

        assertThat(model.visible())
                .extracting(m -> m.account().name())
                .containsExactly("Camille Martin", "Héloïse Durand", "Nadia Admin", "Paul Ancien");
        TeamViewModel.Member first = model.visible().get(0);
        assertThat(first.activeDevices()).isEqualTo(2);
        assertThat(first.devices()).hasSize(3);
        // the revoked phone's contact two hours ago is still the account's last contact
        assertThat(model.line(first))
                .isEqualTo("Conseil en insertion · 2 téléphones actifs · dernier contact il y a 2 h");
        assertThat(model.line(model.visible().get(1)))
                .isEqualTo("Direction, responsable d’accompagnement · aucun téléphone actif · jamais connecté");
        assertThat(model.line(model.visible().get(3))).contains("Désactivé le 28 oct. 2026");
        assertThat(model.summaryProperty().get()).isEqualTo("4 comptes");
    }

    @Test
    void theListOpensOnActiveAccountsAndIsFilteredByRoleStateAndAccentFreeSearch() {
        TeamViewModel model = new TeamViewModel(server, new DirectBackground(), words);
        model.load();
        assertThat(names(model)).containsExactly("Camille Martin", "Héloïse Durand", "Nadia Admin");

        model.stateProperty().set(TeamViewModel.StateFilter.DEACTIVATED);
        assertThat(names(model)).containsExactly("Paul Ancien");

        model.stateProperty().set(TeamViewModel.StateFilter.ALL);
        model.roleProperty().set(TeamViewModel.RoleFilter.COUNSELLOR);
        assertThat(names(model)).containsExactly("Camille Martin", "Paul Ancien");

        model.roleProperty().set(TeamViewModel.RoleFilter.ALL);
        model.searchProperty().set("  HELO ");
        assertThat(names(model)).containsExactly("Héloïse Durand");
        assertThat(model.summaryProperty().get()).isEqualTo("1 compte");

        model.searchProperty().set("personne");
        assertThat(model.visible()).isEmpty();
        assertThat(model.summaryProperty().get()).isEqualTo("Aucun compte");
    }

    @Test
    void aServerThatCannotBeReachedIsSaidInWords() {
        server.down = true;
        TeamViewModel model = new TeamViewModel(server, new DirectBackground(), words);
        model.load();
        assertThat(model.errorProperty().get()).isNotBlank().doesNotContain("Exception");
        assertThat(model.loadingProperty().get()).isFalse();
    }

    @Test
    void theLastAdminIsNotDeactivatedAndTheRefusalIsSaidInWords() {
        AccountViewModel model = new AccountViewModel(server, new DirectBackground(), words, nadia.id(), () -> {});
        model.load();
        model.deactivate();
        assertThat(model.errorProperty().get()).isEqualTo(fr.get("sync.refusal.last_admin"));
        assertThat(model.accountProperty().get().active()).isTrue();
    }

    @Test
    void aWorkSupervisorIsGivenWorkTeamsOfferedFromThoseInUseAndTakenBackOneByOne() throws SyncException {
        server.peopleTeams.addAll(List.of("Espaces verts", "Atelier bois", "Blanchisserie"));
        Account karim = server.account("Karim Encadrant", Role.WORK_SUPERVISOR, null);
        AccountViewModel model = new AccountViewModel(server, new DirectBackground(), words, karim.id(), () -> {});
        model.load();
        assertThat(model.teams()).isEmpty();
        assertThat(model.otherTeams()).containsExactly("Atelier bois", "Blanchisserie", "Espaces verts");

        model.addTeam("  Espaces verts ");
        assertThat(model.teams()).containsExactly("Espaces verts");
        assertThat(server.workTeamsOf(karim.id())).containsExactly("Espaces verts");
        assertThat(model.otherTeams()).containsExactly("Atelier bois", "Blanchisserie");
        assertThat(model.noticeProperty().get()).startsWith("L’équipe Espaces verts est ajoutée");

        model.addTeam("Chantier école");
        assertThat(model.teams()).containsExactly("Espaces verts", "Chantier école");

        model.removeTeam("Espaces verts");
        assertThat(server.workTeamsOf(karim.id())).containsExactly("Chantier école");
        assertThat(model.otherTeams()).contains("Espaces verts");
        assertThat(model.noticeProperty().get()).startsWith("L’équipe Espaces verts est retirée");
    }

    @Test
    void aBlankATooLongOrARepeatedTeamNameSendsNothingAndTheServersRefusalIsSaidInWords() {
        Account karim = server.account("Karim Encadrant", Role.WORK_SUPERVISOR, null);
        AccountViewModel model = new AccountViewModel(server, new DirectBackground(), words, karim.id(), () -> {});
        model.load();
        model.addTeam("Espaces verts");
        int sent = server.teamWrites;

        model.addTeam("   ");
        model.addTeam("x".repeat(AccountViewModel.TEAM_MAX + 1));
        assertThat(model.errorProperty().get()).isEqualTo("Un nom d’équipe tient en 120 caractères au plus.");
        model.addTeam("espaces VERTS");
        assertThat(model.errorProperty().get()).isEqualTo("Ce compte a déjà l’équipe espaces VERTS.");
        assertThat(server.teamWrites).isEqualTo(sent);
        assertThat(model.teams()).containsExactly("Espaces verts");

        // an account that is not a work supervisor's: the server says so, in words
        AccountViewModel counsellor =
                new AccountViewModel(server, new DirectBackground(), words, camille.id(), () -> {});
        counsellor.load();
        counsellor.addTeam("Espaces verts");
        assertThat(counsellor.errorProperty().get()).isEqualTo(fr.get("sync.refusal.not_a_work_supervisor"));
        assertThat(counsellor.teams()).isEmpty();

        server.down = true;
        model.addTeam("Atelier bois");
        assertThat(model.errorProperty().get()).isNotBlank();
        assertThat(model.teams()).containsExactly("Espaces verts");
    }

    @Test
    void anAccountIsDeactivatedThenReactivatedAndTheTeamListIsToldEachTime() {
        List<String> told = new ArrayList<>();
        AccountViewModel model =
                new AccountViewModel(server, new DirectBackground(), words, camille.id(), () -> told.add("changed"));
        model.load();
        model.issueCode();
        assertThat(model.code().codeProperty().get()).isNotEmpty();

        model.deactivate();
        assertThat(model.accountProperty().get().active()).isFalse();
        assertThat(model.code().codeProperty().get())
                .as("a deactivated account's code is refused")
                .isEmpty();
        assertThat(model.noticeProperty().get()).isEqualTo("Le compte de Camille Martin est désactivé.");

        model.reactivate();
        assertThat(model.accountProperty().get().active()).isTrue();
        assertThat(told).hasSize(2);
    }

    @Test
    void anInvitationChecksNameAndRoleThenShowsTheCodeWithTheServerAndItsExpiry() {
        InviteViewModel model = new InviteViewModel(server, new DirectBackground(), words);
        model.invite();
        assertThat(model.nameErrorProperty().get()).isEqualTo("Écrivez le nom de la personne.");
        assertThat(model.roleErrorProperty().get()).isEqualTo("Choisissez son rôle.");
        assertThat(server.accounts).hasSize(5);

        model.nameProperty().set("  Inès Nouvelle ");
        model.roleProperty().set(Role.COUNSELLOR);
        model.invite();
        assertThat(model.nameErrorProperty().get()).isEmpty();
        assertThat(model.invitedProperty().get().name()).isEqualTo("Inès Nouvelle");
        assertThat(model.invitedProperty().get().role()).isEqualTo(Role.COUNSELLOR);
        String code = model.code().codeProperty().get();
        assertThat(PairingLink.parse(model.code().linkProperty().get()))
                .contains(new PairingLink("https://jalons.example.org", code));
        assertThat(model.code().expiresProperty().get()).isEqualTo("Valable jusqu’à 14:05");
        assertThat(model.code().expiredProperty().get()).isFalse();

        // Time passes: the code expires, and a new one is made for the same account.
        words = new AdminWords(fr, Clock.fixed(NOW.plus(Duration.ofHours(2)), ZONE), ZONE);
        InviteViewModel later = new InviteViewModel(server, new DirectBackground(), words);
        later.nameProperty().set("Marc Tard");
        later.roleProperty().set(Role.ADMIN);
        server.expiry = NOW.plus(Duration.ofMinutes(30));
        later.invite();
        assertThat(later.code().expiredProperty().get()).isTrue();
        assertThat(later.code().expiresProperty().get())
                .isEqualTo("Ce code a expiré à 13:30\u00a0: faites-en un nouveau.");
        int accounts = server.accounts.size();
        server.expiry = NOW.plus(Duration.ofHours(3));
        later.newCode();
        assertThat(later.code().expiredProperty().get()).isFalse();
        assertThat(later.code().expiresProperty().get()).isEqualTo("Valable jusqu’à 16:00");
        assertThat(later.code().codeProperty().get()).isNotEqualTo(code);
        assertThat(server.accounts).as("a new code, not a new account").hasSize(accounts);
    }

    @Test
    void anExpiredCodeSaysSo() {
        server.expiry = NOW.minus(Duration.ofMinutes(1));
        InviteViewModel model = new InviteViewModel(server, new DirectBackground(), words);
        model.nameProperty().set("Inès Nouvelle");
        model.roleProperty().set(Role.SUPERVISOR);
        model.invite();
        assertThat(model.code().expiredProperty().get()).isTrue();
        assertThat(model.code().expiresProperty().get())
                .isEqualTo("Ce code a expiré à 12:59\u00a0: faites-en un nouveau.");
    }

    @Test
    void devicesAreFilteredByStateSearchedByOwnerAndSayTheirState() {
        Device active = server.device(camille, DeviceState.ACTIVE, NOW.minus(Duration.ofDays(3)));
        server.device(heloise, DeviceState.REVOKED, null);
        server.device(person, DeviceState.WIPE_PENDING, NOW.minus(Duration.ofDays(1)));
        server.device(old, DeviceState.WIPED, NOW.minus(Duration.ofDays(9)));
        DevicesViewModel model = new DevicesViewModel(server, new DirectBackground(), words);
        model.load();
        assertThat(model.visible()).hasSize(4);
        assertThat(model.summaryProperty().get()).isEqualTo("4 téléphones");
        assertThat(model.owner(active)).isEqualTo("Camille Martin · Conseil en insertion");
        assertThat(model.line(active)).isEqualTo("Téléphone pro (Pixel 7) · dernier contact il y a 3 jours · Actif");

        model.stateProperty().set(DevicesViewModel.StateFilter.REVOKED);
        assertThat(model.visible()).extracting(Device::ownerName).containsExactly("Héloïse Durand");
        assertThat(model.line(model.visible().get(0))).endsWith("jamais connecté · Retiré le 6 déc. 2026, 13:00");

        model.stateProperty().set(DevicesViewModel.StateFilter.WIPE_PENDING);
        assertThat(model.line(model.visible().get(0))).endsWith("Effacement en attente depuis le 6 déc. 2026, 13:00");
        model.stateProperty().set(DevicesViewModel.StateFilter.WIPED);
        assertThat(model.line(model.visible().get(0))).endsWith("Effacé le 6 déc. 2026, 13:00");

        model.stateProperty().set(DevicesViewModel.StateFilter.ALL);
        model.searchProperty().set("samia");
        assertThat(model.visible()).extracting(Device::ownerName).containsExactly("Samia Personne");
    }

    @Test
    void aLostPhoneIsRevokedAndAskedToEraseThenListedAsSuch() {
        Device lost = server.device(camille, DeviceState.ACTIVE, NOW.minus(Duration.ofDays(3)));
        Device other = server.device(heloise, DeviceState.ACTIVE, NOW);
        DevicesViewModel model = new DevicesViewModel(server, new DirectBackground(), words);
        model.load();
        model.wipe(lost);
        assertThat(model.find(lost.id()).orElseThrow().state()).isEqualTo(DeviceState.WIPE_PENDING);
        assertThat(model.noticeProperty().get())
                .isEqualTo(
                        "Le téléphone Téléphone pro (Pixel 7) de Camille Martin est retiré\u00a0; il s’effacera à son"
                                + " prochain contact.");
        model.revoke(other);
        assertThat(model.find(other.id()).orElseThrow().state()).isEqualTo(DeviceState.REVOKED);
    }

    private static List<String> names(TeamViewModel model) {
        return model.visible().stream().map(m -> m.account().name()).toList();
    }

    /** A server in memory, answering as the real one does (the last admin refused). */
    static final class Fake implements TeamServer {
        final List<Account> accounts = new ArrayList<>();
        final List<Device> devices = new ArrayList<>();
        boolean down;
        Instant expiry = NOW.plus(Duration.ofMinutes(65));
        int codes;
        final List<String> peopleTeams = new ArrayList<>();
        int teamWrites;
        final java.util.Map<UUID, List<String>> workTeams = new java.util.HashMap<>();

        Account account(String name, Role role, Instant deactivatedAt) {
            Account a = new Account(UUID.randomUUID(), name, role, deactivatedAt);
            accounts.add(a);
            return a;
        }

        Device device(Account owner, DeviceState state, Instant lastContact) {
            Instant day = NOW.minus(Duration.ofDays(1));
            Device d = new Device(
                    UUID.randomUUID(),
                    owner.id(),
                    owner.name(),
                    owner.role(),
                    "Téléphone pro",
                    "Pixel 7",
                    NOW.minus(Duration.ofDays(30)),
                    lastContact,
                    state == DeviceState.ACTIVE ? null : day,
                    state == DeviceState.WIPE_PENDING || state == DeviceState.WIPED ? day : null,
                    state == DeviceState.WIPED ? day : null,
                    state);
            devices.add(d);
            return d;
        }

        private void check() throws SyncException {
            if (down) {
                throw new SyncException(SyncProblem.NO_NETWORK, "down");
            }
        }

        @Override
        public List<Account> accounts() throws SyncException {
            check();
            return List.copyOf(accounts);
        }

        @Override
        public List<Device> devices() throws SyncException {
            check();
            return List.copyOf(devices);
        }

        @Override
        public List<String> setWorkTeams(UUID userId, List<String> teams) throws SyncException {
            Account a = find(userId);
            if (a.role() != Role.WORK_SUPERVISOR) {
                throw new SyncException(SyncProblem.SERVER_REFUSED, "not a work supervisor", "not_a_work_supervisor");
            }
            teamWrites++;
            List<String> kept = teams.stream().distinct().toList();
            workTeams.put(a.id(), kept);
            return kept;
        }

        @Override
        public List<String> workTeamsOf(UUID userId) throws SyncException {
            Account a = find(userId);
            if (a.role() != Role.WORK_SUPERVISOR) {
                throw new SyncException(SyncProblem.SERVER_REFUSED, "not a work supervisor", "not_a_work_supervisor");
            }
            return workTeams.getOrDefault(userId, List.of());
        }

        @Override
        public List<TeamServer.WorkTeam> workTeams() throws SyncException {
            check();
            java.util.TreeSet<String> names = new java.util.TreeSet<>(peopleTeams);
            workTeams.values().forEach(names::addAll);
            return names.stream()
                    .map(n -> new TeamServer.WorkTeam(
                            n, (int) peopleTeams.stream().filter(n::equals).count(), (int) workTeams.values().stream()
                                    .filter(t -> t.contains(n))
                                    .count()))
                    .toList();
        }

        @Override
        public Account invite(String name, Role role) throws SyncException {
            check();
            return account(name, role, null);
        }

        @Override
        public PairingCode code(UUID userId) throws SyncException {
            check();
            return new PairingCode("CODE-" + ++codes, expiry);
        }

        @Override
        public Account deactivate(UUID userId) throws SyncException {
            Account a = find(userId);
            long admins = accounts.stream()
                    .filter(x -> x.role() == Role.ADMIN && x.active())
                    .count();
            if (a.role() == Role.ADMIN && admins == 1) {
                throw new SyncException(SyncProblem.SERVER_REFUSED, "last admin", "last_admin");
            }
            return replace(a, new Account(a.id(), a.name(), a.role(), NOW));
        }

        @Override
        public Account reactivate(UUID userId) throws SyncException {
            Account a = find(userId);
            return replace(a, new Account(a.id(), a.name(), a.role(), null));
        }

        @Override
        public void revoke(UUID deviceId) throws SyncException {
            change(deviceId, DeviceState.REVOKED);
        }

        @Override
        public Device wipe(UUID deviceId) throws SyncException {
            return change(deviceId, DeviceState.WIPE_PENDING);
        }

        @Override
        public String serverUrl() {
            return "https://jalons.example.org";
        }

        private Device change(UUID id, DeviceState state) throws SyncException {
            check();
            Device d =
                    devices.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
            Device changed = new Device(
                    d.id(),
                    d.userId(),
                    d.ownerName(),
                    d.ownerRole(),
                    d.name(),
                    d.model(),
                    d.pairedAt(),
                    d.lastContactAt(),
                    NOW,
                    state == DeviceState.WIPE_PENDING ? NOW : null,
                    null,
                    state);
            devices.set(devices.indexOf(d), changed);
            return changed;
        }

        Account find(UUID id) throws SyncException {
            check();
            return accounts.stream()
                    .filter(a -> a.id().equals(id))
                    .findFirst()
                    .orElseThrow(() -> new SyncException(SyncProblem.SERVER_REFUSED, "nf", "not_found"));
        }

        private Account replace(Account was, Account now) {
            accounts.set(accounts.indexOf(was), now);
            return now;
        }
    }
}
