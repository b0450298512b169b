package org.jalons.training;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.jalons.beneficiary.FormModel;
import org.jalons.beneficiary.MyTrainings;
import org.jalons.domain.Training;
import org.jalons.protocol.Vocabulary.TrainingKind;
import org.jalons.protocol.Vocabulary.TrainingStatus;
import org.jalons.storage.DraftKey;
import org.jalons.storage.LocalStore;
import org.jalons.storage.StoredRecord;
import org.jalons.ui.Background;
import org.jalons.ui.EasyRead;

/**
 * A training the person declared, changed or deleted by them from "Mon parcours" ({@link MyTrainings}: theirs and
 * not certified): its name, where, what kind, where it stands, its dates and its hours planned and done. What the
 * form does not show (its goal, certificate, photo, who declared it) stays as it was.
 */
public final class MyTrainingEditorModel extends FormModel {
    /** The statuses the person may give: a counsellor confirms a certification (write rights). */
    public static final List<TrainingStatus> STATUS_CHOICES =
            List.of(TrainingStatus.PREVUE, TrainingStatus.EN_COURS, TrainingStatus.SUIVIE, TrainingStatus.ABANDONNEE);

    private final UUID trainingId;
    private final Training original;
    private final boolean allowed;
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty provider = new SimpleStringProperty(this, "provider", "");
    private final StringProperty kind = new SimpleStringProperty(this, "kind", "");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final StringProperty startDate = new SimpleStringProperty(this, "startDate", "");
    private final StringProperty endDate = new SimpleStringProperty(this, "endDate", "");
    private final StringProperty plannedHours = new SimpleStringProperty(this, "plannedHours", "");
    private final StringProperty doneHours = new SimpleStringProperty(this, "doneHours", "");
    private final StringProperty titleError = new SimpleStringProperty(this, "titleError", "");
    private final StringProperty providerError = new SimpleStringProperty(this, "providerError", "");
    private final StringProperty datesError = new SimpleStringProperty(this, "datesError", "");
    private final StringProperty hoursError = new SimpleStringProperty(this, "hoursError", "");
    private final SimpleBooleanProperty deleted = new SimpleBooleanProperty(this, "deleted");

    public MyTrainingEditorModel(LocalStore store, Background background, EasyRead texts, UUID trainingId) {
        super(store, background, texts, DraftKey.of(DraftKey.Form.MY_TRAINING, trainingId));
        this.trainingId = trainingId;
        Optional<StoredRecord<Training>> stored = store.trainings().findStored(trainingId);
        this.original =
                stored.filter(s -> !s.deleted()).map(StoredRecord::record).orElse(null);
        this.allowed = stored.isPresent()
                && original != null
                && original.beneficiaryId().equals(me())
                && MyTrainings.personMayChange(stored.get());
        form.add("title", title);
        form.add("provider", provider);
        form.add("kind", kind);
        form.add("status", status);
        form.add("startDate", startDate);
        form.add("endDate", endDate);
        form.add("plannedHours", plannedHours);
        form.add("doneHours", doneHours);
        if (original != null) {
            Map<String, Object> values = new HashMap<>();
            values.put("title", original.title());
            values.put("provider", text(original.provider()));
            values.put("kind", original.trainingKind().name());
            values.put("status", original.status().name());
            values.put("startDate", text(original.startDate()));
            values.put("endDate", text(original.endDate()));
            values.put("plannedHours", hours(original.plannedHours()));
            values.put("doneHours", hours(original.doneHours()));
            form.fill(values);
        }
        loadDraft(() -> {});
    }

    /** Whether this training is the person's to change here (else the screen says so and offers nothing). */
    public boolean allowed() {
        return allowed;
    }

    public UUID trainingId() {
        return trainingId;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /** Hours as the person would type them: no ".0" on whole hours. */
    static String hours(Double value) {
        if (value == null) {
            return "";
        }
        return value == Math.rint(value) ? Long.toString(value.longValue()) : value.toString();
    }

    public TrainingKind kindValue() {
        return parse(
                TrainingKind.class, kind.get(), original == null ? TrainingKind.QUALIFYING : original.trainingKind());
    }

    public TrainingStatus statusValue() {
        TrainingStatus chosen = parse(
                TrainingStatus.class, status.get(), original == null ? TrainingStatus.EN_COURS : original.status());
        return STATUS_CHOICES.contains(chosen) ? chosen : TrainingStatus.EN_COURS;
    }

    public void chooseKind(TrainingKind chosen) {
        kind.set(chosen.name());
    }

    /** A status the person may give; CERTIFIEE is the counsellor's to set. */
    public void chooseStatus(TrainingStatus chosen) {
        if (STATUS_CHOICES.contains(chosen)) {
            status.set(chosen.name());
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, E fallback) {
        try {
            return value == null || value.isEmpty() ? fallback : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    public LocalDate startDateValue() {
        return date(startDate.get());
    }

    public LocalDate endDateValue() {
        return date(endDate.get());
    }

    public void setStartDate(LocalDate date) {
        startDate.set(text(date));
    }

    public void setEndDate(LocalDate date) {
        endDate.set(text(date));
    }

    private static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Override
    protected List<BooleanSupplier> pages() {
        return List.of(
                this::checkTitle, this::checkProvider, () -> true, () -> true, this::checkDates, this::checkHours);
    }

    boolean checkTitle() {
        titleError.set(check(title.get(), NewTrainingViewModel.MAX_TITLE, "my.training.titleMissing"));
        return titleError.get().isEmpty();
    }

    boolean checkProvider() {
        String text = provider.get() == null ? "" : provider.get().strip();
        providerError.set(text.length() > 200 ? texts.get("my.tooLong", text.length(), 200) : "");
        return providerError.get().isEmpty();
    }

    boolean checkDates() {
        LocalDate start = startDateValue();
        LocalDate end = endDateValue();
        datesError.set(
                start != null && end != null && end.isBefore(start) ? texts.get("my.trainingEdit.datesOrder") : "");
        return datesError.get().isEmpty();
    }

    boolean checkHours() {
        boolean ok = hoursOk(plannedHours.get()) && hoursOk(doneHours.get());
        hoursError.set(ok ? "" : texts.get("my.trainingEdit.hoursInvalid", (long) Training.MAX_HOURS));
        return ok;
    }

    private static boolean hoursOk(String typed) {
        if (typed == null || typed.isBlank()) {
            return true;
        }
        Double value = number(typed);
        return value != null && value >= 0 && value <= Training.MAX_HOURS;
    }

    /** Hours typed with a comma or a point; null when it is no number. */
    static Double number(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            double value = Double.parseDouble(typed.strip().replace(',', '.').replace("\u00a0", ""));
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Saves the changes (checked first); false, with the errors shown, when something must be corrected. */
    public boolean save(Runnable onSaved) {
        if (!allowed) {
            return false;
        }
        boolean titleOk = checkTitle();
        boolean providerOk = checkProvider();
        boolean datesOk = checkDates();
        if (!checkHours() || !titleOk || !providerOk || !datesOk) {
            return false;
        }
        Training changed = new Training(
                original.id(),
                original.beneficiaryId(),
                original.goalId(),
                title.get().strip(),
                provider.get() == null || provider.get().isBlank()
                        ? null
                        : provider.get().strip(),
                kindValue(),
                original.certification(),
                original.rncpLevel(),
                number(plannedHours.get()),
                number(doneHours.get()),
                startDateValue(),
                endDateValue(),
                statusValue(),
                original.evidenceRef(),
                original.declaredBy());
        write(
                () -> {
                    if (!stillMine()) {
                        throw new IllegalStateException("The training is no longer the person's to change");
                    }
                    return store.trainings().save(changed);
                },
                onSaved);
        return true;
    }

    /** Deletes the training (after the person confirmed), and the photo of its certificate kept on this phone. */
    public void delete(Runnable onDeleted) {
        if (!allowed) {
            return;
        }
        write(
                () -> {
                    if (!stillMine()) {
                        throw new IllegalStateException("The training is no longer the person's to delete");
                    }
                    store.trainings().delete(trainingId);
                    if (original.evidenceRef() != null) {
                        store.evidencePhotos().delete(original.evidenceRef());
                    }
                    return null;
                },
                () -> {
                    deleted.set(true);
                    onDeleted.run();
                });
    }

    /** A sync may have brought a certification meanwhile: the rule is read again when writing. */
    private boolean stillMine() {
        return store.trainings()
                .findStored(trainingId)
                .map(MyTrainings::personMayChange)
                .orElse(false);
    }

    public String originalTitle() {
        return original == null ? "" : original.title();
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty providerProperty() {
        return provider;
    }

    public ReadOnlyStringProperty kindProperty() {
        return kind;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyStringProperty startDateProperty() {
        return startDate;
    }

    public ReadOnlyStringProperty endDateProperty() {
        return endDate;
    }

    public StringProperty plannedHoursProperty() {
        return plannedHours;
    }

    public StringProperty doneHoursProperty() {
        return doneHours;
    }

    public ReadOnlyStringProperty titleErrorProperty() {
        return titleError;
    }

    public ReadOnlyStringProperty providerErrorProperty() {
        return providerError;
    }

    public ReadOnlyStringProperty datesErrorProperty() {
        return datesError;
    }

    public ReadOnlyStringProperty hoursErrorProperty() {
        return hoursError;
    }

    /** True once the training was deleted. */
    public ReadOnlyBooleanProperty deletedProperty() {
        return deleted;
    }
}
