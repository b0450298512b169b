package org.jalons.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.jalons.domain.Training;

/**
 * Which picture proves a training (a certificate's photo): a file of the app's private folder, named relative to
 * it. Local to the device (table of V5) until {@link Training} carries its own evidence reference.
 */
public final class TrainingEvidence {
    private final Database db;
    private final RecordRepository<Training> trainings;
    private final Clock clock;

    TrainingEvidence(Database db, RecordRepository<Training> trainings, Clock clock) {
        this.db = db;
        this.trainings = trainings;
        this.clock = clock;
    }

    /** Saves the training and, when there is one, the picture that proves it, in one transaction. */
    public Training saveWithEvidence(Training training, String fileName) {
        return db.inTransaction(c -> {
            trainings.save(c, training);
            if (fileName != null) {
                try (PreparedStatement ps = c.prepareStatement(
                        "MERGE INTO TRAINING_EVIDENCE (TRAINING_ID, FILE_NAME, ADDED_AT) KEY (TRAINING_ID) VALUES (?, ?, ?)")) {
                    ps.setObject(1, training.id());
                    ps.setString(2, fileName);
                    ps.setObject(3, clock.instant().atOffset(ZoneOffset.UTC));
                    ps.executeUpdate();
                }
            }
            return training;
        });
    }

    /** The picture's file name, relative to the app's private folder. */
    public Optional<String> find(UUID trainingId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT FILE_NAME FROM TRAINING_EVIDENCE WHERE TRAINING_ID = ?")) {
                ps.setObject(1, trainingId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }
}
