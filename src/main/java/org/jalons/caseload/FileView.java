package org.jalons.caseload;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.jalons.domain.Barrier;
import org.jalons.domain.CheckIn;
import org.jalons.domain.Consent;
import org.jalons.domain.FollowUp;
import org.jalons.domain.Goal;
import org.jalons.domain.GoalStep;
import org.jalons.domain.Interview;
import org.jalons.domain.QuestionnaireResponse;
import org.jalons.domain.Training;
import org.jalons.i18n.Messages;
import org.jalons.i18n.Numbers;
import org.jalons.protocol.Vocabulary.BarrierArea;
import org.jalons.protocol.Vocabulary.BarrierStatus;
import org.jalons.protocol.Vocabulary.Certification;
import org.jalons.protocol.Vocabulary.ConsentCategory;
import org.jalons.protocol.Vocabulary.Rater;
import org.jalons.ui.BarrierStatusPills;
import org.jalons.ui.Components;
import org.jalons.ui.Icons;
import org.jalons.ui.View;
import org.jalons.ui.kit.Fab;
import org.jalons.ui.kit.Flow;
import org.jalons.ui.kit.LazyTabs;
import org.jalons.ui.kit.Switch;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * A person's file: a summary header over tabs (parcours: goals with their co-evaluation chart and trainings;
 * barriers; interviews and questionnaires; exit and follow-up; profile and consents).
 */
public final class FileView implements View {
    /** Where the file's buttons lead; the screen family wires them to the navigator. */
    public interface Actions {
        void editProfile();

        void editGoal(EditorTarget target);

        void editTraining(EditorTarget target);

        void editBarrier(EditorTarget target);

        void editExit(EditorTarget target);

        /** Starts or resumes the home visit, on the file as read (its visit draft included). */
        void visit(BeneficiaryFile file);

        void questionnaire();

        /** Records the follow-up six months after the exit. */
        default void followUp() {}

        /** Opens the person's journal: everything recorded about them, newest first. */
        default void journal() {}

        /** Opens what can be made of the person's path: their parcours (PDF, complete file) and its récit. */
        default void export() {}

        /** Hands a tel:, sms: or geo: link to the phone's apps; false when nothing here can open it. */
        default boolean open(java.net.URI link) {
            return false;
        }
    }

    private final FileViewModel model;
    private final Messages messages;
    private final ZoneId zone;
    private final Actions actions;
    private final VBox sections = new VBox(16);
    private final Node root;
    private LazyTabs tabs;
    /** The home visit, the file's main action: a floating button over the tabs, reachable from any of them. */
    private final Fab visitButton;

    public FileView(FileViewModel model, Messages messages, ZoneId zone, Actions actions) {
        this.model = model;
        this.messages = messages;
        this.zone = zone;
        this.actions = actions;
        sections.setId("file-sections");
        VBox content = new VBox(
                12,
                Components.busy(model.loadingProperty(), messages.get("file.loading")),
                Components.message(model.errorProperty(), "message-error"),
                sections);
        visitButton = new Fab(Material2MZ.MEETING_ROOM, messages.get("file.visit.start"), () -> {
            if (model.fileProperty().get() != null) {
                actions.visit(model.fileProperty().get());
            }
        });
        visitButton.setId("start-visit");
        visitButton.extended();
        visitButton.setVisible(false);
        root = visitButton.over(Components.screen(content));
        model.fileProperty().addListener((obs, old, file) -> {
            if (file != null) {
                show(file);
            }
        });
        model.load();
    }

    /**
     * The summary header (who, alerts, last interview, next appointment, latest ratings, the visit) is built at
     * once; each tab's content is built the first time the tab is shown, so the file opens without waiting for
     * charts and timelines nobody looked at. After a change the file is read again and the same tab stays shown.
     */
    private void show(BeneficiaryFile f) {
        String shown = tabs == null ? null : tabs.selectedProperty().get();
        tabs = new LazyTabs()
                .add(TAB_PARCOURS, messages.get("file.tab.parcours"), () -> tab(goals(f), trainings(f)))
                .add(TAB_BARRIERS, messages.get("file.tab.barriers"), () -> tab(barriers(f)))
                .add(
                        TAB_INTERVIEWS,
                        messages.get("file.tab.interviews"),
                        () -> tab(interviews(f), questionnaires(f), wordsToReread()))
                .add(TAB_EXIT, messages.get("file.tab.exit"), () -> tab(exit(f)))
                .add(TAB_PROFILE, messages.get("file.tab.profile"), () -> tab(parcours(f), consents(f)))
                .add(TAB_JOURNAL, messages.get("journal.tab"), () -> tab(journal()));
        if (shown != null) {
            tabs.select(shown);
        }
        sections.getChildren()
                .setAll(new FileHeader(f, messages, zone, model.clock(), actions::open).node(), top(f), tabs);
    }

    /** The words the person shared with the structure, to re-read with them (hidden while none waits). */
    private Node wordsToReread() {
        return WordsToRereadSection.of(model.wordsToReread(), messages, zone);
    }

    /** The tab shown first: goals, steps and trainings, where most visits lead. */
    public static final String TAB_PARCOURS = "parcours";

    public static final String TAB_BARRIERS = "barriers";
    public static final String TAB_INTERVIEWS = "interviews";
    public static final String TAB_EXIT = "exit";
    public static final String TAB_PROFILE = "profile";
    public static final String TAB_JOURNAL = "journal";

    /** The journal's tab: what it holds, that the person sees it too, and the way to it. */
    private Node journal() {
        Button open = button("journal.open", Material2AL.HISTORY, actions::journal);
        open.setId("open-journal");
        Button export = button("journal.export", Material2MZ.PICTURE_AS_PDF, actions::export);
        export.setId("open-person-export");
        return section(
                "journal.tab.heading",
                Components.text(messages.get("journal.tab.hint"), "hint"),
                Components.text(messages.get("journal.tab.access"), "hint"),
                open,
                Components.text(messages.get("journal.export.hint"), "hint"),
                export);
    }

    private static Node tab(Node... parts) {
        VBox box = new VBox(20, parts);
        box.setFillWidth(true);
        return box;
    }

    /** The tabs of the file as shown now (tests and the benchmark select them). */
    public LazyTabs tabs() {
        return tabs;
    }

    private Node top(BeneficiaryFile f) {
        String visitText = messages.get(f.visitInProgress() ? "file.visit.resume" : "file.visit.start");
        visitButton.setText(visitText);
        visitButton.setAccessibleText(visitText);
        visitButton.setVisible(true);
        Button questionnaire = button(
                f.questionnaireInProgress() ? "file.questionnaire.resume" : "file.questionnaire.start",
                Material2AL.ASSIGNMENT,
                actions::questionnaire);
        questionnaire.setId("start-questionnaire");
        VBox box = new VBox(8);
        if (followUpDue(f)) {
            // Due follow-ups come first: the caseload's "needs attention" leads here for them.
            Button follow = button("file.followUp.record", Material2AL.EVENT, actions::followUp);
            follow.setId("record-follow-up-top");
            follow.getStyleClass().add(Styles.ACCENT);
            box.getChildren()
                    .addAll(
                            Components.text(
                                    messages.get("file.followUp.dueNow", Format.date(followUpDate(f), messages)),
                                    "marker",
                                    "marker-overdue"),
                            follow);
        }
        box.getChildren().add(questionnaire);
        box.setFillWidth(true);
        return box;
    }

    /** The same rule as the caseload's marker, which leads here. */
    private boolean followUpDue(BeneficiaryFile f) {
        return f.exit().isPresent()
                && FollowUp.isDue(f.exit().get(), f.followUp().orElse(null), LocalDate.now(model.clock()));
    }

    private static LocalDate followUpDate(BeneficiaryFile f) {
        return FollowUp.dueDateOf(f.exit().orElseThrow(), f.followUp().orElse(null));
    }

    private Button button(String key, org.kordamp.ikonli.Ikon icon, Runnable action) {
        Button b = new Button(messages.get(key), Icons.icon(icon, 20));
        b.setAccessibleText(messages.get(key));
        b.setMaxWidth(Double.MAX_VALUE);
        b.setWrapText(true);
        b.setOnAction(e -> action.run());
        return b;
    }

    private VBox section(String key, Node... children) {
        Label heading = Components.text(messages.get(key), "section-heading");
        heading.setAccessibleRole(javafx.scene.AccessibleRole.TEXT);
        VBox box = new VBox(8, heading);
        box.getChildren().addAll(children);
        box.getStyleClass().add("file-section");
        return box;
    }

    private Node line(String key, String value) {
        Label k = Components.text(messages.get(key), "fact-label");
        Label v = Components.text(value, "fact-value");
        VBox box = new VBox(0, k, v);
        return box;
    }

    private Node parcours(BeneficiaryFile f) {
        var p = f.person();
        String eligibility = p.eligibility().isEmpty()
                ? "—"
                : String.join(
                        ", ",
                        p.eligibility().stream()
                                .map(t -> Format.term(t, messages))
                                .toList());
        Button edit = button("file.profile.edit", Material2AL.EDIT, actions::editProfile);
        edit.setId("edit-profile");
        return section(
                "file.parcours",
                line("file.entryDate", Format.date(p.entryDate(), messages)),
                line("file.contract", Format.term(p.contractType(), messages)),
                line("file.eligibility", eligibility),
                line("file.education", Format.label(p.educationLevel(), messages)),
                line(
                        "file.referent",
                        p.referentCounsellorId() == null
                                ? "—"
                                : p.referentCounsellorId().equals(model.referentSelf())
                                        ? messages.get("file.referent.you")
                                        : messages.get("file.referent.other")),
                line("file.site", p.site() == null || p.site().isBlank() ? "—" : p.site()),
                edit);
    }

    private Node barriers(BeneficiaryFile f) {
        VBox rows = new VBox(0);
        rows.setId("barriers");
        for (BarrierArea area : BarrierArea.values()) {
            Barrier b = f.barrier(area).orElse(null);
            boolean allowed = area.sensitiveCategory() == null
                    || Boolean.TRUE.equals(f.consents().get(area.sensitiveCategory()));
            rows.getChildren()
                    .add(barrierRow(
                            messages.label(area), area, b, allowed, status -> model.setBarrierStatus(area, status)));
        }
        for (Barrier b : f.customBarriers()) {
            rows.getChildren().add(barrierRow(b.area().custom(), null, b, true, null));
        }
        Button add = button(
                "file.barrier.add",
                Material2AL.ADD,
                () -> actions.editBarrier(EditorTarget.create(f.person().id())));
        add.setId("add-barrier");
        return section(
                "file.barriers",
                Components.text(messages.get("file.barriers.rule"), "hint"),
                Components.message(model.barrierErrorProperty(), "message-error"),
                rows,
                add);
    }

    private Node barrierRow(String name, BarrierArea area, Barrier b, boolean allowed, Consumer<BarrierStatus> onTap) {
        BarrierStatus current = b == null ? BarrierStatus.NON_EXPLORE : b.status();
        Label label = Components.text(name, "barrier-name");
        Button note = Icons.iconButton(
                Material2AL.EDIT,
                messages.get("file.barrier.note", name),
                () -> actions.editBarrier(new EditorTarget(model.beneficiaryId(), b == null ? null : b.id())));
        note.setDisable(b == null);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(4, label, spacer, note);
        head.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(label, Priority.SOMETIMES);
        BarrierStatusPills toggles = new BarrierStatusPills(
                area == null ? null : "barrier-" + area.name().toLowerCase(Locale.ROOT),
                name,
                messages::label,
                current,
                allowed,
                onTap);
        VBox row = new VBox(4, head, toggles);
        if (b != null && b.note() != null && !b.note().isBlank()) {
            row.getChildren().add(1, Components.text(b.note(), "row-detail"));
        }
        if (!allowed) {
            row.getChildren()
                    .add(Components.text(
                            messages.get("file.barrier.needsConsent", messages.label(area.sensitiveCategory())),
                            "hint"));
        }
        row.getStyleClass().add("barrier-row");
        return row;
    }

    private Node goals(BeneficiaryFile f) {
        VBox cards = new VBox(12);
        cards.setId("goals");
        String first = f.person().displayName().strip().split("\\s+", 2)[0];
        for (Goal g : f.goals()) {
            cards.getChildren().add(goalCard(f, g, first));
        }
        if (f.goals().isEmpty()) {
            cards.getChildren().add(Components.text(messages.get("file.goals.none"), "hint"));
        }
        Button add = button(
                "file.goal.add",
                Material2AL.ADD,
                () -> actions.editGoal(EditorTarget.create(f.person().id())));
        add.setId("add-goal");
        return section("file.goals", cards, add);
    }

    private Node goalCard(BeneficiaryFile f, Goal g, String firstName) {
        Label status =
                Components.text(messages.label(g.status()), "status", g.isOpen() ? "status-open" : "status-closed");
        Label theme = Components.text(model.themeText(g.theme()), "card-theme");
        theme.setMinWidth(0);
        // The status at the end of the theme's line, or under it when both would not fit whole (large text).
        FlowPane top = Flow.ends(8, theme, status);
        VBox card = new VBox(8, top, Components.text(g.phrasing(), "card-title"));
        card.getChildren()
                .add(Components.text(
                        messages.get(
                                "file.goal.meta",
                                messages.label(g.proposedBy()),
                                Format.date(g.targetDate(), messages)),
                        "row-detail"));
        if (g.hasProposal()) { // the person proposed a status: the counsellor answers in the goal's editor
            Label proposed = Components.text(
                    messages.get("file.goal.proposed", messages.label(g.proposedStatus())),
                    "marker",
                    "marker-proposal");
            proposed.setId("goal-proposal-mark");
            card.getChildren().add(proposed);
        }
        if (g.isOverdue(LocalDate.now(model.clock()))) {
            Label late = Components.text(messages.get("file.goal.overdue"), "marker", "marker-overdue");
            card.getChildren().add(late);
        }
        List<GoalStep> steps = f.steps().getOrDefault(g.id(), List.of());
        for (GoalStep s : steps) {
            String when = s.doneDate() != null
                    ? messages.get("file.step.doneOn", Format.date(s.doneDate(), messages))
                    : s.dueDate() != null ? messages.get("file.step.dueOn", Format.date(s.dueDate(), messages)) : "";
            Label step = Components.text(
                    messages.get("file.step", s.label(), messages.label(s.status())) + when, "step-line");
            if (s.isLate(LocalDate.now(model.clock()))) {
                step.getStyleClass().add("step-late");
            }
            step.setGraphic(Icons.icon(
                    switch (s.status()) {
                        case REALISEE -> Material2AL.CHECK_CIRCLE;
                        case ABANDONNEE -> Material2AL.CANCEL;
                        case EN_COURS -> Material2MZ.TIMELAPSE;
                        case A_FAIRE -> Material2MZ.RADIO_BUTTON_UNCHECKED;
                    },
                    18));
            card.getChildren().add(step);
        }
        List<CheckIn> ratings = f.checkIns().getOrDefault(g.id(), List.of());
        if (!ratings.isEmpty()) {
            FlowPane chips = new FlowPane(8, 4);
            latest(ratings, Rater.BENEFICIARY)
                    .ifPresent(c -> chips.getChildren()
                            .add(Components.text(
                                    messages.get("caseload.selfRating", firstName, c.rating()), "chip", "chip-self")));
            latest(ratings, Rater.COUNSELLOR)
                    .ifPresent(c -> chips.getChildren()
                            .add(Components.text(
                                    messages.get("caseload.counsellorRating", c.rating()), "chip", "chip-counsellor")));
            card.getChildren().add(chips);
            if (ratings.size() > 1) {
                // A chart costs more than the rest of the tab: it takes its place on the next pulse, so the tab's
                // words show at once (the space is kept, nothing moves).
                Region slot = new Region();
                slot.setMinHeight(200);
                int at = card.getChildren().size();
                card.getChildren().add(slot);
                javafx.application.Platform.runLater(() -> card.getChildren()
                        .set(at, ConfidenceChart.of(ratings, f.workObservations(), firstName, messages, zone)));
            }
            VBox words = VoicesSection.of(g.id(), ratings, firstName, messages, zone);
            if (words != null) {
                card.getChildren().add(words);
            }
        }
        Button edit = button(
                "file.goal.edit",
                Material2AL.EDIT,
                () -> actions.editGoal(new EditorTarget(g.beneficiaryId(), g.id())));
        edit.getStyleClass().add(Styles.FLAT);
        edit.setId("edit-goal-" + g.id());
        card.getChildren().add(edit);
        card.getStyleClass().addAll("card", "goal-card");
        return card;
    }

    private static java.util.Optional<CheckIn> latest(List<CheckIn> all, Rater rater) {
        return all.stream().filter(c -> c.rater() == rater).reduce((a, b) -> b);
    }

    private Node trainings(BeneficiaryFile f) {
        VBox cards = new VBox(12);
        cards.setId("trainings");
        for (Training t : f.trainings()) {
            String cert = Format.term(t.certification(), messages);
            if (t.certification() != null && t.certification().known() == Certification.RNCP && t.rncpLevel() != null) {
                cert = messages.get("file.training.rncp", t.rncpLevel());
            }
            VBox card = new VBox(
                    4,
                    Components.text(t.title(), "card-title"),
                    Components.text(
                            messages.get(
                                    "file.training.meta",
                                    messages.label(t.trainingKind()),
                                    cert,
                                    t.provider() == null ? "—" : t.provider()),
                            "row-detail"),
                    Components.text(
                            messages.get(
                                    "file.training.hours",
                                    Format.hours(t.doneHours(), messages.locale()),
                                    Format.hours(t.plannedHours(), messages.locale())),
                            "row-detail"),
                    Components.text(
                            messages.get(
                                    "file.training.dates",
                                    Format.date(t.startDate(), messages),
                                    Format.date(t.endDate(), messages)),
                            "row-detail"),
                    Components.text(messages.label(t.status()), "status", "status-open"));
            Button edit = button(
                    "file.training.edit",
                    Material2AL.EDIT,
                    () -> actions.editTraining(new EditorTarget(t.beneficiaryId(), t.id())));
            edit.getStyleClass().add(Styles.FLAT);
            card.getChildren().add(edit);
            card.getStyleClass().add("card");
            cards.getChildren().add(card);
        }
        if (f.trainings().isEmpty()) {
            cards.getChildren().add(Components.text(messages.get("file.trainings.none"), "hint"));
        }
        Button add = button(
                "file.training.add",
                Material2AL.ADD,
                () -> actions.editTraining(EditorTarget.create(f.person().id())));
        add.setId("add-training");
        return section("file.trainings", cards, add);
    }

    private Node questionnaires(BeneficiaryFile f) {
        VBox rows = new VBox(4);
        rows.setId("questionnaire-history");
        // results compare only within a version of a questionnaire: the change is against the last of the same
        java.util.Map<String, QuestionnaireResponse> previousOf = new java.util.HashMap<>();
        for (QuestionnaireResponse r : f.questionnaires()) {
            String version = r.questionnaireId() + "\n" + r.questionnaireVersion();
            QuestionnaireResponse previous = previousOf.get(version);
            String score = Numbers.decimal(r.meanScore(), messages.locale());
            String change = previous == null
                    ? messages.get("file.questionnaire.first")
                    : messages.get(
                            "file.questionnaire.change",
                            Numbers.change(r.meanScore() - previous.meanScore(), messages.locale()));
            rows.getChildren()
                    .add(Components.text(
                            messages.get(
                                    "file.questionnaire.versionRow",
                                    Format.dateTime(r.answeredAt(), zone, messages),
                                    score,
                                    change,
                                    r.questionnaireVersion()),
                            "row-detail"));
            previousOf.put(version, r);
        }
        if (f.questionnaires().isEmpty()) {
            rows.getChildren().add(Components.text(messages.get("file.questionnaire.none"), "hint"));
        }
        return section("file.questionnaire", Components.text(messages.get("file.questionnaire.hint"), "hint"), rows);
    }

    private Node interviews(BeneficiaryFile f) {
        VBox rows = new VBox(10);
        rows.setId("interviews");
        int shown = 0;
        for (Interview i : f.interviews()) {
            if (shown++ == 12) {
                rows.getChildren()
                        .add(Components.text(
                                messages.get(
                                        "file.interviews.more", f.interviews().size() - 12),
                                "hint"));
                break;
            }
            VBox item = new VBox(
                    2,
                    Components.text(
                            messages.get(
                                    "file.interview.head", Format.date(i.date(), messages), messages.label(i.place())),
                            "fact-label"));
            if (i.notes() != null && !i.notes().isBlank()) {
                item.getChildren().add(Components.text(i.notes(), "fact-value"));
            }
            if (i.decisions() != null && !i.decisions().isBlank()) {
                item.getChildren()
                        .add(Components.text(messages.get("file.interview.decisions", i.decisions()), "row-detail"));
            }
            if (i.nextAppointment() != null) {
                item.getChildren()
                        .add(Components.text(
                                messages.get(
                                        "file.interview.next", Format.dateTime(i.nextAppointment(), zone, messages)),
                                "row-detail"));
            }
            item.getStyleClass().add("timeline-item");
            rows.getChildren().add(item);
        }
        if (f.interviews().isEmpty()) {
            rows.getChildren().add(Components.text(messages.get("file.interviews.none"), "hint"));
        }
        return section("file.interviews", rows);
    }

    private Node consents(BeneficiaryFile f) {
        VBox rows = new VBox(8);
        rows.setId("consents");
        for (ConsentCategory c : ConsentCategory.values()) {
            Switch box = new Switch(messages.label(c));
            box.setId("consent-" + c.name().toLowerCase(Locale.ROOT));
            box.setSelected(Boolean.TRUE.equals(f.consents().get(c)));
            box.setOnAction(e -> model.setConsent(c, box.isSelected()));
            Consent last = f.consentHistory().stream()
                    .filter(x -> x.category() == c)
                    .findFirst()
                    .orElse(null);
            String said = last == null
                    ? messages.get("file.consent.never")
                    : messages.get(
                            last.granted() ? "file.consent.granted" : "file.consent.withdrawn",
                            Format.dateTime(last.recordedAt(), zone, messages),
                            last.recordedBy());
            rows.getChildren().add(new VBox(2, box, Components.text(said, "row-detail")));
        }
        return section("file.consents", Components.text(messages.get("file.consents.hint"), "hint"), rows);
    }

    private Node exit(BeneficiaryFile f) {
        VBox box = new VBox(6);
        box.setId("exit");
        if (f.exit().isPresent()) {
            var e = f.exit().get();
            box.getChildren()
                    .addAll(
                            line("file.exit.date", Format.date(e.exitDate(), messages)),
                            line(
                                    "file.exit.category",
                                    messages.label(e.category())
                                            + (e.detail() == null || e.detail().isBlank() ? "" : " — " + e.detail())));
            var fu = f.followUp().filter(x -> x.doneDate() != null);
            LocalDate due = followUpDate(f);
            Label follow = Components.text(
                    fu.isPresent()
                            ? messages.get(
                                    "file.followUp.doneOn",
                                    Format.date(fu.get().doneDate(), messages),
                                    messages.label(fu.get().situation()))
                            : messages.get("file.followUp.due", Format.date(due, messages)),
                    "marker",
                    fu.isPresent()
                            ? "marker-done" // done: news, not a warning
                            : !due.isAfter(LocalDate.now(model.clock())) ? "marker-overdue" : "marker-pending");
            follow.setId("follow-up-state");
            follow.setGraphic(Icons.icon(Material2AL.EVENT, 16));
            box.getChildren().add(follow);
            if (fu.isPresent() && fu.get().note() != null && !fu.get().note().isBlank()) {
                box.getChildren().add(Components.text(fu.get().note(), "row-detail"));
            }
            Button record = button(
                    fu.isPresent() ? "file.followUp.edit" : "file.followUp.record",
                    Material2AL.EVENT,
                    actions::followUp);
            record.setId("record-follow-up");
            box.getChildren().add(record);
        } else {
            box.getChildren().add(Components.text(messages.get("file.exit.none"), "hint"));
        }
        Button edit = button(
                f.exit().isPresent() ? "file.exit.edit" : "file.exit.add",
                Material2AL.EXIT_TO_APP,
                () -> actions.editExit(new EditorTarget(
                        f.person().id(), f.exit().map(x -> x.id()).orElse(null))));
        edit.setId("edit-exit");
        box.getChildren().add(edit);
        return section("file.exit", box);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public String title() {
        return messages.get("file.title");
    }
}
