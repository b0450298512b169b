package org.jalons.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jalons.domain.Barrier;
import org.jalons.domain.Beneficiary;
import org.jalons.domain.CheckIn;
import org.jalons.domain.Goal;
import org.jalons.domain.GoalStep;
import org.jalons.domain.Interview;
import org.jalons.domain.JalonsRecord;
import org.jalons.domain.Note;
import org.jalons.domain.Term;
import org.jalons.domain.Training;
import org.jalons.protocol.Vocabulary.BarrierArea;
import org.jalons.protocol.Vocabulary.BarrierStatus;
import org.jalons.protocol.Vocabulary.Certification;
import org.jalons.protocol.Vocabulary.ContractType;
import org.jalons.protocol.Vocabulary.EducationLevel;
import org.jalons.protocol.Vocabulary.Eligibility;
import org.jalons.protocol.Vocabulary.GoalStatus;
import org.jalons.protocol.Vocabulary.GoalTheme;
import org.jalons.protocol.Vocabulary.InterviewPlace;
import org.jalons.protocol.Vocabulary.ProposedBy;
import org.jalons.protocol.Vocabulary.Rater;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.protocol.Vocabulary.StepStatus;
import org.jalons.protocol.Vocabulary.TrainingKind;
import org.jalons.protocol.Vocabulary.TrainingStatus;
import org.jalons.storage.KeyDerivation;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Profiles;

/**
 * Store benchmark (not a test): {@code mvn -B -q -Pbench-store verify}. A fresh encrypted store with the
 * default PBKDF2 iterations, 10,000 mixed records (500 people × 20: goals, steps, trainings, check-ins,
 * interviews, barriers, notes) written through the real repositories with their outbox entries, then the
 * 500-person caseload read. Medians after warm-up; figures printed as JSON and written to
 * target/bench/store.json. Targets: 10,000 writes ≤ 2 s, caseload ≤ 50 ms.
 */
public final class StoreBenchmark {
    static final int PEOPLE = 500;
    static final int RECORDS_PER_PERSON = 20;
    static final int WRITE_RUNS = 3;
    static final char[] PIN = "482913".toCharArray();
    static final Clock CLOCK = Clock.systemUTC();

    private StoreBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench");
        Path work = out.resolve("work");
        deleteTree(work);
        Files.createDirectories(work);

        // Warm-up: one full run in its own store, not counted.
        writeAll(newStore(work.resolve("warmup")), true).close();

        List<Long> batched = new ArrayList<>();
        List<Long> single = new ArrayList<>();
        LocalStore filled = null;
        for (int run = 0; run < WRITE_RUNS; run++) {
            long t = System.nanoTime();
            LocalStore s = writeAll(newStore(work.resolve("batched-" + run)), true);
            batched.add(System.nanoTime() - t);
            if (filled != null) {
                filled.close();
            }
            filled = s;
            t = System.nanoTime();
            writeAll(newStore(work.resolve("single-" + run)), false).close();
            single.add(System.nanoTime() - t);
        }

        List<Long> caseload = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            check(filled.beneficiaries().caseload().size() == PEOPLE, "caseload size");
        }
        for (int i = 0; i < 31; i++) {
            long t = System.nanoTime();
            int size = filled.beneficiaries().caseload().size();
            caseload.add(System.nanoTime() - t);
            check(size == PEOPLE, "caseload size");
        }
        int pending = filled.outbox().pendingCount();
        check(pending == PEOPLE * RECORDS_PER_PERSON, "one outbox entry per record, got " + pending);
        filled.close();

        Profiles profiles =
                new Profiles(work.resolve("batched-" + (WRITE_RUNS - 1)), CLOCK, KeyDerivation.DEFAULT_ITERATIONS);
        // The first unlock of a run reads the whole store (damage check); a store this run closed unchanged is not
        // read whole again. The first kind is timed with the file's time moved on, as after a restart.
        List<Long> unlock = new ArrayList<>();
        List<Long> unlockAgain = new ArrayList<>();
        java.nio.file.Path data = profiles.own().dataFile();
        for (int i = 0; i < 12; i++) {
            boolean asAfterARestart = i % 2 == 0;
            if (asAfterARestart) {
                java.nio.file.Files.setLastModifiedTime(
                        data,
                        java.nio.file.attribute.FileTime.from(java.nio.file.Files.getLastModifiedTime(data)
                                .toInstant()
                                .plusSeconds(1)));
            }
            long t = System.nanoTime();
            LocalStore s = profiles.unlock(PIN.clone());
            long elapsed = System.nanoTime() - t;
            check(s.beneficiaries().find(s.profile().userId()).isEmpty(), "unlocked");
            s.close();
            if (i > 1) {
                (asAfterARestart ? unlock : unlockAgain).add(elapsed);
            }
        }
        List<Long> derive = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long t = System.nanoTime();
            KeyDerivation.derive(PIN.clone(), KeyDerivation.newSalt(), KeyDerivation.DEFAULT_ITERATIONS);
            derive.add(System.nanoTime() - t);
        }

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("writes_10000_ms", ms(median(batched)));
        figures.put("writes_10000_mode", "one transaction per person (20 records + 20 outbox entries per commit)");
        figures.put("writes_10000_single_commits_ms", ms(median(single)));
        figures.put("caseload_500_ms", ms(median(caseload)));
        figures.put("unlock_ms", ms(median(unlock)));
        figures.put(
                "unlock_note",
                "right PIN on the filled store, first unlock of a run: PBKDF2 + read-only check of"
                        + " every table + open");
        figures.put("unlock_again_ms", ms(median(unlockAgain)));
        figures.put("unlock_again_note", "the same store, closed unchanged by this run: PBKDF2 + open");
        figures.put("pbkdf2_ms", ms(median(derive)));
        figures.put("pbkdf2_iterations", KeyDerivation.DEFAULT_ITERATIONS);
        figures.put(
                "runs",
                Map.of(
                        "writes",
                        WRITE_RUNS,
                        "caseload",
                        caseload.size(),
                        "unlock",
                        unlock.size(),
                        "unlockAgain",
                        unlockAgain.size()));
        figures.put("targets", Map.of("writes_10000_ms", 2000, "caseload_500_ms", 50));
        figures.put("java", System.getProperty("java.version"));
        figures.put("cores", Runtime.getRuntime().availableProcessors());
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        String text = json.writeValueAsString(figures);
        System.out.println(text);
        Files.writeString(out.resolve("store.json"), text);
        deleteTree(work);
    }

    static LocalStore newStore(Path dir) {
        return new Profiles(dir, CLOCK, KeyDerivation.DEFAULT_ITERATIONS)
                .create("Camille Martin", Role.COUNSELLOR, PIN.clone());
    }

    /** 500 people × 20 records, each person in one transaction (batched) or each record in its own. */
    static LocalStore writeAll(LocalStore s, boolean batched) {
        LocalDate today = LocalDate.now(CLOCK);
        for (int p = 0; p < PEOPLE; p++) {
            int person = p;
            Consumer<LocalStore> writePerson = store -> writePerson(store, person, today);
            if (batched) {
                s.inOneTransaction(() -> writePerson.accept(s));
            } else {
                writePerson.accept(s);
            }
        }
        return s;
    }

    static void writePerson(LocalStore s, int p, LocalDate today) {
        UUID b = JalonsRecord.newId();
        LocalDate entry = today.minusDays(30 + p % 300);
        s.beneficiaries()
                .save(new Beneficiary(
                        b,
                        "Personne " + p + " " + (char) ('A' + p % 26) + ".",
                        null,
                        entry,
                        Term.of(ContractType.CDDI),
                        JalonsRecord.newId(),
                        List.of(Term.of(Eligibility.RSA)),
                        EducationLevel.LEVEL_3,
                        "Atelier"));
        s.barriers()
                .save(new Barrier(
                        JalonsRecord.newId(),
                        b,
                        Term.of(BarrierArea.MOBILITE),
                        BarrierStatus.BESOIN,
                        "Pas de permis, bus rare le matin."));
        List<UUID> goals = new ArrayList<>();
        for (int g = 0; g < 4; g++) {
            UUID goal = JalonsRecord.newId();
            goals.add(goal);
            s.goals()
                    .save(new Goal(
                            goal,
                            b,
                            Term.of(GoalTheme.values()[(p + g) % GoalTheme.values().length]),
                            "Je me sens capable de progresser sur l'objectif " + g,
                            ProposedBy.JOINT,
                            g == 3 ? GoalStatus.ATTEINT : GoalStatus.EN_COURS,
                            today.plusDays(g * 20 - 10),
                            entry,
                            g == 3 ? today : null));
            s.goalSteps()
                    .save(new GoalStep(
                            JalonsRecord.newId(), b, goal, "Étape " + g, StepStatus.EN_COURS, today.plusDays(7)));
        }
        for (int t = 0; t < 2; t++) {
            s.trainings()
                    .save(new Training(
                            JalonsRecord.newId(),
                            b,
                            goals.get(t),
                            "Formation " + t,
                            "GRETA",
                            TrainingKind.CERTIFYING,
                            Term.of(Certification.CLEA),
                            null,
                            120.0,
                            40.0,
                            entry.plusDays(10),
                            entry.plusDays(100),
                            TrainingStatus.EN_COURS));
        }
        Instant first = entry.atStartOfDay(CLOCK.getZone()).toInstant();
        for (int c = 0; c < 5; c++) {
            s.checkIns()
                    .save(new CheckIn(
                            JalonsRecord.newId(),
                            b,
                            goals.get(c % 2),
                            c % 2 == 0 ? Rater.BENEFICIARY : Rater.COUNSELLOR,
                            3 + c,
                            c == 4 ? "Je progresse." : null,
                            first.plus(c * 7L, ChronoUnit.DAYS)));
        }
        for (int i = 0; i < 2; i++) {
            s.interviews()
                    .save(new Interview(
                            JalonsRecord.newId(),
                            b,
                            entry.plusDays(i * 30L),
                            InterviewPlace.STRUCTURE,
                            "Camille Martin",
                            "Point mensuel sur les objectifs et les démarches. ".repeat(4),
                            "Suite au prochain rendez-vous.",
                            CLOCK.instant().plus(3 + i, ChronoUnit.DAYS)));
        }
        s.notes()
                .save(new Note(
                        JalonsRecord.newId(), b, "J'ai trouvé une solution de garde.", first, Rater.BENEFICIARY));
    }

    static long median(List<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    static double ms(long nanos) {
        return Math.round(nanos / 100_000.0) / 10.0;
    }

    static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("Benchmark sanity check failed: " + what);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
