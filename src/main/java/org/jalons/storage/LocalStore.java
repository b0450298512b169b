package org.jalons.storage;

import java.time.Clock;
import java.util.UUID;
import org.jalons.domain.FollowUp;
import org.jalons.domain.Goal;
import org.jalons.domain.GoalStep;
import org.jalons.domain.Interview;
import org.jalons.domain.LocalProfile;
import org.jalons.domain.Note;
import org.jalons.domain.QuestionnaireResponse;
import org.jalons.domain.RecordKind;
import org.jalons.domain.SharedWord;
import org.jalons.domain.Training;
import org.jalons.domain.WorkObservation;

/** The open, unlocked store of this device: the single source of truth the screens read and write. */
public final class LocalStore implements AutoCloseable {
    private final Database db;
    private final Drafts drafts;
    private final EvidencePhotos evidencePhotos;
    private volatile LocalProfile profile;
    private final Outbox outbox;
    private final SyncState syncState;
    private final BeneficiaryRepository beneficiaries;
    private final BarrierRepository barriers;
    private final RecordRepository<Goal> goals;
    private final RecordRepository<GoalStep> goalSteps;
    private final RecordRepository<Training> trainings;
    private final CheckInRepository checkIns;
    private final RecordRepository<QuestionnaireResponse> questionnaireResponses;
    private final RecordRepository<Interview> interviews;
    private final RecordRepository<Note> notes;
    private final RecordRepository<SharedWord> sharedWords;
    private final RecordRepository<WorkObservation> workObservations;
    private final ExitRepository exits;
    private final RecordRepository<FollowUp> followUps;
    private final ConsentRepository consents;
    private final ConflictRepository conflicts;
    private final CounsellorProfiles counsellorProfiles;
    private final TeamCounsellors teamCounsellors;
    private final OrgVocabulary orgVocabulary;
    private final Questionnaires questionnaires;

    public LocalStore(Database db, LocalProfile profile, Clock clock) {
        this.db = db;
        this.profile = profile;
        UUID author = profile.userId();
        this.outbox = new Outbox(db);
        this.syncState = new SyncState(db);
        this.beneficiaries = new BeneficiaryRepository(db, clock, author);
        this.barriers = new BarrierRepository(db, clock, author);
        this.goals = new RecordRepository<>(db, RecordKind.GOAL, clock, author);
        this.goalSteps = new RecordRepository<>(db, RecordKind.GOAL_STEP, clock, author);
        this.trainings = new RecordRepository<>(db, RecordKind.TRAINING, clock, author);
        this.checkIns = new CheckInRepository(db, clock, author);
        this.questionnaireResponses = new RecordRepository<>(db, RecordKind.QUESTIONNAIRE_RESPONSE, clock, author);
        this.interviews = new RecordRepository<>(db, RecordKind.INTERVIEW, clock, author);
        this.notes = new RecordRepository<>(db, RecordKind.NOTE, clock, author);
        this.sharedWords = new RecordRepository<>(db, RecordKind.SHARED_WORD, clock, author);
        this.workObservations = new RecordRepository<>(db, RecordKind.WORK_OBSERVATION, clock, author);
        this.exits = new ExitRepository(db, clock, author);
        this.followUps = new RecordRepository<>(db, RecordKind.FOLLOW_UP, clock, author);
        this.consents = new ConsentRepository(db, clock, author);
        this.conflicts = new ConflictRepository(db, clock, author);
        this.drafts = new Drafts(db, clock);
        this.evidencePhotos = new EvidencePhotos(db, clock);
        this.counsellorProfiles = new CounsellorProfiles(db);
        this.teamCounsellors = new TeamCounsellors(db);
        this.orgVocabulary = new OrgVocabulary(db);
        this.questionnaires = new Questionnaires(db);
    }

    /**
     * Runs several writes as one: every record and outbox entry written by {@code work} commits together, or
     * none does if it throws. Also the fast way to write many records (one commit instead of one each).
     */
    public void inOneTransaction(Runnable work) {
        db.inTransaction(c -> {
            work.run();
            return null;
        });
    }

    public LocalProfile profile() {
        return profile;
    }

    /** Reads the profile row again, after something changed it (pairing re-keys a person's own parcours). */
    public LocalProfile reloadProfile() {
        profile = ProfileDao.read(db).orElse(profile);
        return profile;
    }

    public Database database() {
        return db;
    }

    public Outbox outbox() {
        return outbox;
    }

    public SyncState syncState() {
        return syncState;
    }

    public BeneficiaryRepository beneficiaries() {
        return beneficiaries;
    }

    public BarrierRepository barriers() {
        return barriers;
    }

    public RecordRepository<Goal> goals() {
        return goals;
    }

    public RecordRepository<GoalStep> goalSteps() {
        return goalSteps;
    }

    public RecordRepository<Training> trainings() {
        return trainings;
    }

    public CheckInRepository checkIns() {
        return checkIns;
    }

    public RecordRepository<QuestionnaireResponse> questionnaireResponses() {
        return questionnaireResponses;
    }

    public RecordRepository<Interview> interviews() {
        return interviews;
    }

    public RecordRepository<Note> notes() {
        return notes;
    }

    /** The words people share with the structure. */
    public RecordRepository<SharedWord> sharedWords() {
        return sharedWords;
    }

    /** Observations at work, by the work supervisors (the third voice). */
    public RecordRepository<WorkObservation> workObservations() {
        return workObservations;
    }

    public ExitRepository exits() {
        return exits;
    }

    public RecordRepository<FollowUp> followUps() {
        return followUps;
    }

    public ConsentRepository consents() {
        return consents;
    }

    /** Forms and flows in progress, kept until they are saved as records. */
    public Drafts drafts() {
        return drafts;
    }

    /** Photos kept as evidence (a training's certificate), encrypted with the rest of the store. */
    public EvidencePhotos evidencePhotos() {
        return evidencePhotos;
    }

    public ConflictRepository conflicts() {
        return conflicts;
    }

    /** How counsellors are shown to the people they support: own profile, or this person's counsellors. */
    public CounsellorProfiles counsellorProfiles() {
        return counsellorProfiles;
    }

    /** On a supervisor's or admin's device: the organisation's counsellors, for the dashboard's filter. */
    public TeamCounsellors teamCounsellors() {
        return teamCounsellors;
    }

    /** The organisation's sites and goal themes, as the server last listed them. */
    public OrgVocabulary orgVocabulary() {
        return orgVocabulary;
    }

    /** The organisation's questionnaires, every version (the bundled one until the first sync). */
    public Questionnaires questionnaires() {
        return questionnaires;
    }

    /** The repository of a kind, for code that works on any kind (sync, conflict resolution). */
    public RecordRepository<?> repository(RecordKind kind) {
        return switch (kind) {
            case BENEFICIARY -> beneficiaries;
            case BARRIER -> barriers;
            case GOAL -> goals;
            case GOAL_STEP -> goalSteps;
            case TRAINING -> trainings;
            case CHECK_IN -> checkIns;
            case QUESTIONNAIRE_RESPONSE -> questionnaireResponses;
            case INTERVIEW -> interviews;
            case NOTE -> notes;
            case SHARED_WORD -> sharedWords;
            case WORK_OBSERVATION -> workObservations;
            case EXIT -> exits;
            case FOLLOW_UP -> followUps;
            case CONSENT -> consents;
            case CONFLICT -> conflicts;
        };
    }

    @Override
    public void close() {
        db.close();
    }
}
