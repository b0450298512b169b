package org.jalons.export;

import java.util.List;
import org.jalons.domain.RecordKind;

/**
 * The person's complete export file (GDPR access and portability), JSON:
 * <pre>
 * {"format":"jalons-parcours","formatVersion":1,"exportedAt":"2026-03-01T10:00:00Z","beneficiaryId":"…",
 *  "organisationId":"…",
 *  "questionnaires":[{"id":"pouvoir-agir","version":1}],
 *  "records":[{"kind":"goal","id":"…","beneficiaryId":"…","fields":{…wire fields, PROTOCOL.md…}}, …]}
 * </pre>
 * Every live record of the person, of every kind below, with the same fields the sync protocol carries.
 * {@code organisationId} is the organisation of the phone that made the file, when it was paired with a server
 * (left out otherwise); an import uses it to keep organisations apart ({@link ParcoursImporter}).
 */
public final class ParcoursFile {
    public static final String FORMAT = "jalons-parcours";
    public static final int VERSION = 1;
    /** Bigger files are refused before they are read: a person's parcours is far smaller. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    /**
     * The kinds exported, in the order an import writes them (the parcours first, then the consents the other
     * records' rules rely on; a shared word after the words it shares; the observations at work of the person's work
     * supervisors, which no phone but theirs writes: kept as history on import). Sync conflicts are not records of the person but this phone's pending
     * questions about them: they are left out.
     */
    public static final List<RecordKind> KINDS = List.of(
            RecordKind.BENEFICIARY,
            RecordKind.CONSENT,
            RecordKind.BARRIER,
            RecordKind.GOAL,
            RecordKind.GOAL_STEP,
            RecordKind.TRAINING,
            RecordKind.CHECK_IN,
            RecordKind.QUESTIONNAIRE_RESPONSE,
            RecordKind.INTERVIEW,
            RecordKind.NOTE,
            RecordKind.SHARED_WORD,
            RecordKind.WORK_OBSERVATION,
            RecordKind.EXIT,
            RecordKind.FOLLOW_UP);

    private ParcoursFile() {}
}
