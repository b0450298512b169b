package org.jalons.training;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.jalons.beneficiary.FormModel;
import org.jalons.domain.JalonsRecord;
import org.jalons.domain.Term;
import org.jalons.domain.Training;
import org.jalons.domain.WriteRights;
import org.jalons.platform.PictureSource;
import org.jalons.protocol.Vocabulary.Certification;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.protocol.Vocabulary.TrainingKind;
import org.jalons.protocol.Vocabulary.TrainingStatus;
import org.jalons.storage.DraftKey;
import org.jalons.storage.EvidencePhotos;
import org.jalons.storage.LocalStore;
import org.jalons.ui.Background;
import org.jalons.ui.EasyRead;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A training of my own: its name, where, where it stands, the certificate's name if any, and optionally a photo
 * of the certificate as evidence. The photo is kept at once inside the encrypted store ({@link EvidencePhotos}),
 * named after the training, so that it survives like the rest of the draft.
 */
public final class NewTrainingViewModel extends FormModel {
    private static final Logger LOG = LoggerFactory.getLogger(NewTrainingViewModel.class);
    static final int MAX_TITLE = 200;

    private final PictureSource pictures;
    private final StringProperty id = new SimpleStringProperty(this, "id", "");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty provider = new SimpleStringProperty(this, "provider", "");
    /** The statuses I may give a training I declare: a counsellor confirms a certification (write rights). */
    public static final List<TrainingStatus> STATUS_CHOICES = Stream.of(
                    TrainingStatus.PREVUE, TrainingStatus.EN_COURS, TrainingStatus.SUIVIE, TrainingStatus.CERTIFIEE)
            .filter(s -> WriteRights.allows(
                    Role.BENEFICIARY,
                    "training",
                    WriteRights.Operation.CREATE,
                    Set.of("status"),
                    condition -> WriteRights.NOT_CERTIFIED.equals(condition) && s != TrainingStatus.CERTIFIEE))
            .toList();

    private final StringProperty status = new SimpleStringProperty(this, "status", TrainingStatus.EN_COURS.name());
    private final StringProperty certificate = new SimpleStringProperty(this, "certificate", "");
    private final StringProperty picture = new SimpleStringProperty(this, "picture", "");
    private final StringProperty titleError = new SimpleStringProperty(this, "titleError", "");
    private final StringProperty providerError = new SimpleStringProperty(this, "providerError", "");
    private final StringProperty certificateError = new SimpleStringProperty(this, "certificateError", "");
    private final StringProperty pictureError = new SimpleStringProperty(this, "pictureError", "");
    private final ObjectProperty<byte[]> pictureContent = new SimpleObjectProperty<>(this, "pictureContent");

    public NewTrainingViewModel(LocalStore store, Background background, EasyRead texts, PictureSource pictures) {
        super(store, background, texts, DraftKey.of(DraftKey.Form.MY_NEW_TRAINING));
        this.pictures = pictures;
        form.add("id", id);
        form.add("title", title);
        form.add("provider", provider);
        form.add("status", status);
        form.add("certificate", certificate);
        form.add("picture", picture);
        loadDraft(() -> {
            if (id.get().isEmpty()) {
                id.set(JalonsRecord.newId().toString());
            }
            loadPicture();
        });
    }

    public TrainingStatus statusValue() {
        try {
            TrainingStatus chosen = TrainingStatus.valueOf(status.get());
            return STATUS_CHOICES.contains(chosen) ? chosen : TrainingStatus.EN_COURS;
        } catch (IllegalArgumentException | NullPointerException e) {
            return TrainingStatus.EN_COURS;
        }
    }

    /** A status I may give (a draft kept from an older version may hold another: it is not sent). */
    public void chooseStatus(TrainingStatus chosen) {
        if (STATUS_CHOICES.contains(chosen)) {
            status.set(chosen.name());
        }
    }

    /**
     * Asks the device for a picture and keeps it inside the encrypted store, never as a plain file; false when the
     * person gave up. A picture over {@link EvidencePhotos#MAX_BYTES} is refused with a plain message.
     */
    public boolean addPicture() {
        Optional<Path> chosen;
        try {
            chosen = pictures.choosePicture();
        } catch (RuntimeException e) {
            LOG.error("The picture could not be taken", e);
            pictureError.set(texts.get("my.training.pictureFailed"));
            return false;
        }
        if (chosen.isEmpty()) {
            return false;
        }
        Path source = chosen.get();
        String name = EvidencePhotos.FOLDER + "/" + id.get() + extension(source);
        pictureError.set("");
        background.run(
                () -> {
                    store.evidencePhotos().putFile(name, source);
                    return store.evidencePhotos().read(name).orElseThrow();
                },
                kept -> {
                    pictureContent.set(kept);
                    picture.set(name);
                },
                failure -> {
                    if (failure instanceof EvidencePhotos.TooLargeException) {
                        LOG.info("The picture {} is too large to keep: {}", source, failure.getMessage());
                        pictureError.set(
                                texts.get("my.training.pictureTooLarge", EvidencePhotos.MAX_BYTES / (1024 * 1024)));
                    } else {
                        LOG.error("The picture {} could not be kept in the store", source, failure);
                        pictureError.set(texts.get("my.training.pictureFailed"));
                    }
                });
        return true;
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (String ext : new String[] {".jpg", ".jpeg", ".png", ".heic", ".webp"}) {
            if (name.endsWith(ext)) {
                return ext;
            }
        }
        return ".jpg";
    }

    /** A draft that names a photo gets its content back from the store, to show it. */
    private void loadPicture() {
        String name = picture.get();
        if (name.isEmpty()) {
            return;
        }
        background.run(
                () -> store.evidencePhotos().read(name).orElse(null),
                kept -> {
                    if (name.equals(picture.get())) {
                        pictureContent.set(kept);
                    }
                },
                failure -> LOG.warn("The picture {} could not be read from the store", name, failure));
    }

    /** The kept picture's bytes, read from the encrypted store, or null. */
    public ReadOnlyObjectProperty<byte[]> pictureContentProperty() {
        return pictureContent;
    }

    /** The picture removed last, with its bytes, for "Undo". */
    private String removedPicture;

    private byte[] removedContent;

    public void removePicture() {
        String kept = picture.get();
        removedPicture = kept;
        removedContent = pictureContent.get();
        picture.set("");
        pictureContent.set(null);
        if (!kept.isEmpty()) {
            background.run(
                    () -> {
                        store.evidencePhotos().delete(kept);
                        return null;
                    },
                    done -> {},
                    failure -> LOG.warn("The picture {} could not be removed", kept, failure));
        }
    }

    /** Undoes {@link #removePicture()}: the same picture, under the same name, is back in the store and the draft. */
    public void restorePicture() {
        String name = removedPicture;
        byte[] content = removedContent;
        if (name == null || name.isEmpty() || content == null || !picture.get().isEmpty()) {
            return;
        }
        removedPicture = null;
        removedContent = null;
        background.run(
                () -> {
                    store.evidencePhotos().put(name, content);
                    return null;
                },
                done -> {
                    picture.set(name);
                    pictureContent.set(content);
                },
                failure -> LOG.warn("The picture {} could not be put back", name, failure));
    }

    @Override
    protected List<java.util.function.BooleanSupplier> pages() {
        return List.of(this::checkTitle, this::checkProvider, () -> true, this::checkCertificate);
    }

    boolean checkTitle() {
        titleError.set(check(title.get(), MAX_TITLE, "my.training.titleMissing"));
        return titleError.get().isEmpty();
    }

    boolean checkProvider() {
        providerError.set(tooLong(provider.get(), 200));
        return providerError.get().isEmpty();
    }

    boolean checkCertificate() {
        certificateError.set(tooLong(certificate.get(), Term.MAX_CUSTOM_LENGTH));
        return certificateError.get().isEmpty();
    }

    public boolean save(Runnable onSaved) {
        boolean titleOk = checkTitle();
        boolean providerOk = checkProvider();
        if (!checkCertificate() || !titleOk || !providerOk) {
            return false;
        }
        String cert = certificate.get().strip();
        // The person names the certificate in their own words; the counsellor can refine kind and certification.
        Training training = new Training(
                UUID.fromString(id.get()),
                me(),
                null,
                title.get().strip(),
                provider.get().isBlank() ? null : provider.get().strip(),
                cert.isEmpty() ? TrainingKind.QUALIFYING : TrainingKind.CERTIFYING,
                cert.isEmpty() ? Term.of(Certification.NONE) : Term.custom(cert),
                null,
                null,
                null,
                null,
                null,
                statusValue(),
                picture.get().isEmpty() ? null : picture.get(),
                org.jalons.protocol.Vocabulary.Rater.BENEFICIARY);
        write(() -> store.trainings().save(training), onSaved);
        return true;
    }

    private String tooLong(String value, int max) {
        String text = value == null ? "" : value.strip();
        return text.length() > max ? texts.get("my.tooLong", text.length(), max) : "";
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty providerProperty() {
        return provider;
    }

    public StringProperty certificateProperty() {
        return certificate;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyStringProperty pictureProperty() {
        return picture;
    }

    public ReadOnlyStringProperty titleErrorProperty() {
        return titleError;
    }

    public ReadOnlyStringProperty providerErrorProperty() {
        return providerError;
    }

    public ReadOnlyStringProperty certificateErrorProperty() {
        return certificateError;
    }

    public ReadOnlyStringProperty pictureErrorProperty() {
        return pictureError;
    }
}
