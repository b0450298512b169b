package org.jalons.caseload;

import java.time.Clock;
import java.util.UUID;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jalons.storage.LocalStore;
import org.jalons.storage.SharedWordBook;
import org.jalons.storage.SharedWordBook.ToReread;
import org.jalons.ui.Background;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * «Mots à relire avec la personne»: the words the person shared with the structure that the counsellor has not
 * re-read with them yet; «Relu ensemble» writes that they were, and the words leave the list (supervisors may then
 * read them, without any name).
 */
public final class WordsToReread {
    private static final Logger LOG = LoggerFactory.getLogger(WordsToReread.class);

    private final SharedWordBook book;
    private final UUID person;
    private final Background background;
    private final ObservableList<ToReread> words = FXCollections.observableArrayList();

    public WordsToReread(LocalStore store, UUID person, Background background, Clock clock) {
        this.book = new SharedWordBook(store, clock);
        this.person = person;
        this.background = background;
    }

    public void load() {
        background.run(
                () -> book.waitingForReread(person),
                words::setAll,
                failure -> LOG.error("The words to re-read could not be read", failure));
    }

    /** Re-read together: written now, then the list is read again. */
    public void reread(UUID sharedWordId) {
        background.run(
                () -> {
                    book.reread(sharedWordId);
                    return book.waitingForReread(person);
                },
                words::setAll,
                failure -> LOG.error("The re-read could not be saved", failure));
    }

    public ObservableList<ToReread> words() {
        return words;
    }
}
