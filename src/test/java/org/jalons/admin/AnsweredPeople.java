package org.jalons.admin;

import java.util.List;
import java.util.UUID;
import org.jalons.sync.PairingCode;
import org.jalons.sync.SyncException;

/**
 * A people source that answers the list and the counsellors it is given, for the list's tests and benchmark; the
 * rest of the people's screens is not asked.
 */
public class AnsweredPeople implements PeopleSource {
    private final List<Person> people;
    private final List<Counsellor> counsellors;

    public AnsweredPeople(List<Person> people, List<Counsellor> counsellors) {
        this.people = List.copyOf(people);
        this.counsellors = List.copyOf(counsellors);
    }

    @Override
    public List<Person> people() throws SyncException {
        return people;
    }

    @Override
    public List<Counsellor> counsellors() {
        return counsellors;
    }

    @Override
    public List<Referent> referents(UUID person) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void transfer(UUID person, UUID from, UUID to) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void addCounsellor(UUID person, UUID counsellor) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void removeCounsellor(UUID person, UUID counsellor) {
        throw new UnsupportedOperationException();
    }

    @Override
    public byte[] record(UUID person, String format) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void erase(UUID person) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Retention retention() {
        throw new UnsupportedOperationException();
    }

    @Override
    public PairingCode phoneCode(UUID person) {
        throw new UnsupportedOperationException();
    }
}
