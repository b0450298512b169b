package org.jalons.work;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jalons.domain.Beneficiary;
import org.jalons.domain.WorkObservation;
import org.jalons.storage.LocalStore;

/**
 * The people a work supervisor observes, read from the store: grouped by work team (teams in alphabetical order, a
 * person with no team last), each with their last observation. Only what work needs: name, entry date, contract,
 * site, team (the server sends a work supervisor nothing else of a person).
 */
public final class WorkTeam {
    /** One person of a team and their last observation at work (null: none yet). */
    public record Member(Beneficiary person, WorkObservation last) {
        public UUID id() {
            return person.id();
        }
    }

    /** A team and its people, by name. */
    public record Team(String name, List<Member> members) {}

    private WorkTeam() {}

    /** Every team of the store's people; {@code noTeam} names the group of people in no team. */
    public static List<Team> of(LocalStore store, String noTeam) {
        Map<String, List<Member>> byTeam = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        List<Member> none = new ArrayList<>();
        for (Beneficiary b : store.beneficiaries().all()) {
            Member m = new Member(
                    b, observationsOf(store, b.id()).stream().findFirst().orElse(null));
            String team = b.workTeam();
            if (team == null || team.isBlank()) {
                none.add(m);
            } else {
                byTeam.computeIfAbsent(team.strip(), t -> new ArrayList<>()).add(m);
            }
        }
        List<Team> teams = new ArrayList<>();
        byTeam.forEach((name, members) -> teams.add(new Team(name, sorted(members))));
        if (!none.isEmpty()) {
            teams.add(new Team(noTeam, sorted(none)));
        }
        return teams;
    }

    /** A person's observations at work, newest first. */
    public static List<WorkObservation> observationsOf(LocalStore store, UUID person) {
        return store.workObservations().forBeneficiary(person).stream()
                .sorted(newestFirst())
                .toList();
    }

    /** Newest day first; on one day, the same order every time. */
    public static Comparator<WorkObservation> newestFirst() {
        return Comparator.comparing(
                        WorkObservation::observedOn, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
                .thenComparing(WorkObservation::id);
    }

    private static List<Member> sorted(List<Member> members) {
        return members.stream()
                .sorted(Comparator.comparing(m -> m.person().displayName(), String.CASE_INSENSITIVE_ORDER))
                .toList();
    }
}
