package org.jalons.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.jalons.admin.PeopleSource.Counsellor;
import org.jalons.admin.PeopleSource.Person;
import org.jalons.i18n.Language;
import org.jalons.i18n.Messages;
import org.jalons.sync.SyncException;
import org.jalons.sync.SyncProblem;
import org.jalons.ui.Background;
import org.junit.jupiter.api.Test;

/** The admin's people list shows the first people at once and the others when they are read. */
class PeopleViewModelTest {
    private final Messages messages = new Messages(Language.FRENCH);
    private final Counsellor samia = new Counsellor(UUID.randomUUID(), "Samia");

    @Test
    void theFirstPeopleShowAtOnceAndTheOthersFollow() {
        Source source = new Source(people(250));
        Later background = new Later();
        PeopleViewModel model = new PeopleViewModel(source, background, messages);

        model.load();
        background.next();

        assertThat(model.visible()).hasSize(PeopleViewModel.FIRST);
        assertThat(model.loadingProperty().get()).isTrue();
        assertThat(model.summaryProperty().get()).isEqualTo("100 personnes affichées sur 250, les autres arrivent");
        assertThat(source.asked).containsExactly("first 100");

        background.next();

        assertThat(model.visible()).hasSize(250);
        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(model.summaryProperty().get()).isEqualTo("250 personnes");
        assertThat(model.sites()).containsExactly("Lille", "Roubaix");
        model.searchProperty().set("personne 24");
        assertThat(model.visible()).extracting(Person::name).contains("Personne 24", "Personne 240", "Personne 249");
        model.remove(model.all().get(0).id());
        model.searchProperty().set("");
        assertThat(model.summaryProperty().get()).isEqualTo("249 personnes");
    }

    @Test
    void aSmallStructureIsReadInOneRequest() {
        Source source = new Source(people(12));
        Later background = new Later();
        PeopleViewModel model = new PeopleViewModel(source, background, messages);

        model.load();
        background.next();

        assertThat(model.visible()).hasSize(12);
        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(background.queued).isEmpty();
        assertThat(source.asked).containsExactly("first 100");
    }

    @Test
    void whenTheOthersCannotBeReadTheFirstStayWithTheReason() {
        Source source = new Source(people(150));
        source.restFails = true;
        Later background = new Later();
        PeopleViewModel model = new PeopleViewModel(source, background, messages);

        model.load();
        background.next();
        background.next();

        assertThat(model.visible()).hasSize(100);
        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(model.errorProperty().get()).isNotBlank();
        assertThat(model.summaryProperty().get()).startsWith("100 personnes affichées sur 150");
    }

    private List<Person> people(int n) {
        return IntStream.range(0, n)
                .mapToObj(i -> new Person(
                        UUID.randomUUID(),
                        "Personne " + i,
                        i % 2 == 0 ? "Lille" : "Roubaix",
                        LocalDate.of(2026, 1, 5),
                        null,
                        List.of(samia),
                        null))
                .sorted(java.util.Comparator.comparing(Person::name))
                .toList();
    }

    /** Runs queued work one piece at a time, as the screen's thread would receive it. */
    private static final class Later implements Background {
        final List<Runnable> queued = new ArrayList<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            queued.add(() -> {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            });
        }

        void next() {
            queued.remove(0).run();
        }
    }

    /** The people of a structure, the first of them asked apart; the rest may fail to come. */
    private final class Source extends AnsweredPeople {
        final List<Person> everyone;
        final List<String> asked = new ArrayList<>();
        boolean restFails;

        Source(List<Person> everyone) {
            super(everyone, List.of(samia));
            this.everyone = everyone;
        }

        @Override
        public List<Person> people() throws SyncException {
            asked.add("all");
            if (restFails) {
                throw new SyncException(SyncProblem.NO_NETWORK, "no network");
            }
            return everyone;
        }

        @Override
        public Page firstPeople(int limit) {
            asked.add("first " + limit);
            return new Page(everyone.subList(0, Math.min(limit, everyone.size())), everyone.size());
        }
    }
}
