package org.jalons.export;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jalons.i18n.Messages;
import org.jalons.platform.ShareService;
import org.jalons.storage.LocalStore;
import org.jalons.ui.Background;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Mon parcours" to take away: the readable PDF and the complete JSON file of one person, made on this phone
 * (offline) and handed to {@link ShareService}; and the import of such a file, with its report in plain words.
 */
public final class ExportViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ExportViewModel.class);

    private final LocalStore store;
    private final UUID beneficiaryId;
    private final ShareService share;
    private final Background background;
    private final Messages messages;
    private final Clock clock;
    private final ZoneId zone;
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final ObservableList<String> reportLines = FXCollections.observableArrayList();

    public ExportViewModel(
            LocalStore store,
            UUID beneficiaryId,
            ShareService share,
            Background background,
            Messages messages,
            Clock clock,
            ZoneId zone) {
        this.store = store;
        this.beneficiaryId = beneficiaryId;
        this.share = share;
        this.background = background;
        this.messages = messages;
        this.clock = clock;
        this.zone = zone;
    }

    /** Whether there is a person to export (a supervisor's or a new counsellor's phone has none). */
    public boolean hasPerson() {
        return beneficiaryId != null;
    }

    public void sharePdf() {
        ParcoursExporter exporter = new ParcoursExporter(store, clock);
        Instant now = clock.instant();
        make(
                () -> new ParcoursPdf(messages, zone).write(exporter.records(beneficiaryId), now),
                exporter.fileName("pdf"),
                "application/pdf");
    }

    /** Whether this phone is the person's own: they make their own récit, with all their words, at any time. */
    public boolean ownPhone() {
        return store.profile().role() == org.jalons.protocol.Vocabulary.Role.BENEFICIARY;
    }

    /**
     * The day the person agreed to a récit de parcours (their latest {@code RECIT_PARCOURS} consent, granted), or
     * empty: a counsellor's phone makes one only with it.
     */
    public java.util.Optional<java.time.LocalDate> monographConsent() {
        if (!hasPerson()) {
            return java.util.Optional.empty();
        }
        return MonographSource.consent(store, beneficiaryId, zone);
    }

    /** Whether a récit can be made here: on the person's own phone, or with their consent. */
    public boolean canMakeMonograph() {
        return hasPerson() && (ownPhone() || monographConsent().isPresent());
    }

    /** The person's «récit de parcours» as a PDF, pseudonymised on request, handed to the share sheet. */
    public void shareMonograph(boolean pseudonymised) {
        if (hasPerson() && !canMakeMonograph()) {
            error.set(messages.get("monograph.noConsent"));
            return;
        }
        Instant now = clock.instant();
        boolean own = ownPhone();
        make(
                () -> {
                    Monograph.Source source = MonographSource.read(store, beneficiaryId, zone, clock, own);
                    return MonographPdf.write(
                            Monograph.title(messages, source.person(), pseudonymised),
                            Monograph.compile(source, messages, zone, pseudonymised, now));
                },
                (pseudonymised ? "recit-de-parcours-pseudonymise-" : "recit-de-parcours-")
                        + now.atZone(java.time.ZoneOffset.UTC).toLocalDate() + ".pdf",
                "application/pdf");
    }

    public void shareJson() {
        ParcoursExporter exporter = new ParcoursExporter(store, clock);
        make(() -> exporter.json(beneficiaryId), exporter.fileName("json"), "application/json");
    }

    private void make(java.util.concurrent.Callable<byte[]> work, String fileName, String type) {
        if (!hasPerson()) {
            error.set(messages.get("export.noPerson"));
            return;
        }
        busy.set(true);
        error.set("");
        message.set("");
        background.run(
                work,
                bytes -> {
                    busy.set(false);
                    try {
                        ShareService.Outcome outcome =
                                share.share(messages.get("export.subject"), fileName, type, bytes);
                        message.set(
                                outcome == ShareService.Outcome.SHARED ? messages.get("export.done", fileName) : "");
                    } catch (java.io.IOException | RuntimeException e) {
                        LOG.error("The export {} could not be shared", fileName, e);
                        error.set(messages.get("export.notSaved"));
                    }
                },
                failure -> {
                    busy.set(false);
                    LOG.error("The export {} could not be made", fileName, failure);
                    error.set(messages.get("export.failed"));
                });
    }

    /** Whether this platform can pick a file to import (a desktop can; a phone opens the file with the app). */
    public void chooseAndImport() {
        share.pickFile(messages.get("import.choose"), ".json").ifPresent(this::importFile);
    }

    public void importFile(Path file) {
        busy.set(true);
        error.set("");
        message.set("");
        reportLines.clear();
        background.run(
                () -> new ParcoursImporter(store, beneficiaryId).importFile(file),
                report -> {
                    busy.set(false);
                    show(report);
                },
                failure -> {
                    busy.set(false);
                    LOG.error("The import of {} failed", file, failure);
                    error.set(messages.get("import.failed"));
                });
    }

    void show(ImportReport report) {
        List<String> lines = new ArrayList<>();
        if (report.fileProblem() != null) {
            error.set(messages.get(report.fileProblem()) + " " + messages.get("import.nothing"));
        } else if (!report.refused().isEmpty()) {
            error.set(
                    messages.get("import.refusedSome", report.refused().size()) + " " + messages.get("import.nothing"));
            for (ImportReport.Refusal r : report.refused().stream().limit(50).toList()) {
                lines.add(messages.get(
                        "import.refusedLine",
                        r.index(),
                        kindLabel(r.kind()),
                        messages.get(r.reasonKey(), r.detail() == null ? "" : r.detail())));
            }
        } else {
            message.set(messages.get("import.done", report.total(), report.unchanged()));
            report.imported()
                    .forEach((kind, count) ->
                            lines.add(messages.get("import.countLine", kindLabel(kind.wireName()), count)));
            if (report.renamed() > 0) {
                lines.add(messages.get("import.renamed", report.renamed()));
            }
            if (report.collided() > 0) {
                lines.add(messages.get("import.collided", report.collided()));
            }
            if (report.kept() > 0) {
                lines.add(messages.get("import.kept", report.kept()));
            }
            if (report.leftOut() > 0) {
                lines.add(messages.get("import.leftOut", report.leftOut()));
            }
            if (report.history() > 0) {
                lines.add(messages.get("import.history", report.history()));
            }
        }
        reportLines.setAll(lines);
    }

    private String kindLabel(String wireName) {
        return wireName == null ? messages.get("import.kind.unknown") : messages.get("import.kind." + wireName);
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ObservableList<String> reportLines() {
        return reportLines;
    }

    public Messages messages() {
        return messages;
    }
}
