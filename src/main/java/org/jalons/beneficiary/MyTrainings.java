package org.jalons.beneficiary;

import org.jalons.domain.Training;
import org.jalons.protocol.Vocabulary.Rater;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.protocol.Vocabulary.TrainingStatus;
import org.jalons.storage.StoredRecord;

/**
 * Which trainings the person may still change on their phone, as the server will judge it (PROTOCOL.md, Write rights:
 * a training their account created, not certified): one they declared ({@code declaredBy} BENEFICIARY, written by
 * the server, or set by this phone on create), or one this phone created and the server has not seen yet; never a
 * certified one (a counsellor confirmed it).
 */
public final class MyTrainings {
    private MyTrainings() {}

    /** The voice a training created on a phone of this role is declared in (the server writes its own). */
    public static Rater declaringVoice(Role role) {
        return role == Role.BENEFICIARY ? Rater.BENEFICIARY : Rater.COUNSELLOR;
    }

    /** Whether the person may edit or delete this training on their phone. */
    public static boolean personMayChange(StoredRecord<Training> stored) {
        Training t = stored.record();
        boolean mine = t.declaredByPerson() || (stored.version() == 0 && t.declaredBy() == null);
        return !stored.deleted() && mine && t.status() != TrainingStatus.CERTIFIEE;
    }
}
