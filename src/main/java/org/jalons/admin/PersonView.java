package org.jalons.admin;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import org.jalons.admin.PeopleSource.Counsellor;
import org.jalons.admin.PeopleSource.Person;
import org.jalons.i18n.Messages;
import org.jalons.syncui.PairingCodeViewModel;
import org.jalons.syncui.QrCode;
import org.jalons.ui.Components;
import org.jalons.ui.Confirm;
import org.jalons.ui.Icons;
import org.jalons.ui.View;
import org.jalons.ui.kit.BottomSheet;
import org.jalons.ui.kit.Flow;
import org.jalons.ui.kit.Overlay;
import org.jalons.ui.kit.Snackbar;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * One person for the admin: their counsellors (add, remove, transfer: chosen by name), the history of their
 * referents, an invitation for their own phone (a one-time code as QR and text), and the personal-data requests:
 * their complete record (JSON, PDF) and their erasure. Id: {@code admin-person}.
 */
public final class PersonView implements View {
    static final int QR_SIZE = 220;
    private final PersonViewModel model;
    private final Messages messages;
    private final VBox counsellors = new VBox(8);
    private final VBox history = new VBox(6);
    private final Node root;

    /** @param phoneCodes the pairing of the person's phone (its view model chooses the person already) */
    public PersonView(
            PersonViewModel model, Messages messages, java.util.function.Supplier<PairingCodeViewModel> phoneCodes) {
        this.model = model;
        this.messages = messages;
        Label name = Components.text("", "screen-heading");
        name.setId("person-name");
        name.textProperty().bind(model.personProperty().map(Person::name));
        Label facts = Components.text("", "hint");
        facts.setId("person-facts");
        facts.textProperty().bind(model.personProperty().map(p -> model.facts()));
        counsellors.setId("person-counsellors");
        history.setId("person-history");

        Button add = button("person-add-counsellor", "admin.person.add", Material2MZ.PERSON_ADD);
        add.setOnAction(e -> choose(messages.get("admin.person.add"), model::add));
        Button invite = button("person-invite", "admin.person.invite", Material2MZ.QR_CODE_2);
        invite.setOnAction(e -> invite(phoneCodes.get()));
        Button json = button("person-export-json", "admin.person.export.json", Material2AL.GET_APP);
        json.setOnAction(e -> model.export("json"));
        Button pdf = button("person-export-pdf", "admin.person.export.pdf", Material2MZ.PICTURE_AS_PDF);
        pdf.setOnAction(e -> model.export("pdf"));
        Button erase = button("person-erase", "admin.person.erase", Material2AL.DELETE_FOREVER);
        erase.getStyleClass().add("danger");
        erase.setOnAction(e -> confirmErase());

        VBox file = new VBox(
                12,
                facts,
                section("admin.person.counsellors"),
                counsellors,
                add,
                section("admin.person.history"),
                history,
                section("admin.person.phone"),
                Components.text(messages.get("admin.person.phone.hint"), "hint"),
                invite,
                section("admin.person.data"),
                Components.text(messages.get("admin.person.data.hint"), "hint"),
                json,
                pdf,
                erase);
        file.managedProperty().bind(model.goneProperty().not());
        file.visibleProperty().bind(file.managedProperty());
        file.disableProperty().bind(model.busyProperty());
        Label goneText = Components.text(messages.get("admin.person.gone"), "lead");
        goneText.setId("person-gone");
        goneText.visibleProperty().bind(model.goneProperty());
        goneText.managedProperty().bind(goneText.visibleProperty());
        VBox content = new VBox(
                12,
                name,
                Components.busy(model.busyProperty(), messages.get("admin.person.busy")),
                Components.message(model.errorProperty(), "message-error"),
                goneText,
                file);
        content.setId("admin-person");
        root = Components.screen(content);

        model.personProperty().addListener((obs, was, now) -> showCounsellors());
        model.history().addListener((javafx.collections.ListChangeListener<PeopleSource.Referent>) c -> showHistory());
        model.doneProperty().addListener((obs, was, now) -> {
            if (!now.isEmpty()) {
                Snackbar.show(now);
                model.doneProperty().set("");
            }
        });
        showCounsellors();
        showHistory();
        model.load();
    }

    private void showCounsellors() {
        counsellors.getChildren().clear();
        List<Counsellor> now = model.personProperty().get().counsellors();
        if (now.isEmpty()) {
            counsellors.getChildren().add(Components.text(messages.get("admin.people.noCounsellor"), "hint"));
        }
        int n = 0;
        for (Counsellor c : now) {
            Button transfer = small("person-transfer-" + n, "admin.person.transfer", Material2MZ.SWAP_HORIZ);
            transfer.setOnAction(
                    e -> choose(messages.get("admin.person.transferTo", c.name()), to -> model.transfer(c, to)));
            Button remove = small("person-remove-" + n, "admin.person.remove", Material2AL.CLOSE);
            remove.setOnAction(e -> Confirm.ask(
                    messages.get("admin.person.remove"),
                    messages.get("admin.person.remove.header", c.name()),
                    messages.get(
                            "admin.person.remove.body",
                            c.name(),
                            model.personProperty().get().name()),
                    messages.get("admin.person.remove.yes"),
                    messages.get("admin.cancel"),
                    () -> model.remove(c)));
            Label who = Components.text(c.name(), "counsellor-name");
            who.setId("person-counsellor-" + n);
            VBox line = new VBox(4, who, Flow.of(8, 8, transfer, remove));
            line.getStyleClass().add("person-counsellor");
            counsellors.getChildren().add(line);
            n++;
        }
    }

    private void showHistory() {
        history.getChildren().clear();
        if (model.history().isEmpty()) {
            history.getChildren().add(Components.text(messages.get("admin.person.history.none"), "hint"));
        }
        for (PeopleSource.Referent r : model.history()) {
            history.getChildren().add(Components.text(model.line(r), "history-line"));
        }
    }

    /** A bottom sheet of the counsellors who do not follow the person yet, by name. */
    private void choose(String title, Consumer<Counsellor> chosen) {
        VBox lines = new VBox(4);
        Overlay.Layer[] layer = new Overlay.Layer[1];
        List<Counsellor> others = model.others();
        if (others.isEmpty()) {
            lines.getChildren().add(Components.text(messages.get("admin.person.noOther"), "hint"));
        }
        int n = 0;
        for (Counsellor c : others) {
            Button line = new Button(c.name(), Icons.icon(Material2MZ.PERSON, 20));
            line.setId("person-choose-" + n++);
            line.getStyleClass().add("choice-line");
            line.setMaxWidth(Double.MAX_VALUE);
            line.setWrapText(true);
            line.setAlignment(Pos.CENTER_LEFT);
            line.setOnAction(e -> {
                layer[0].close();
                chosen.accept(c);
            });
            lines.getChildren().add(line);
        }
        layer[0] = new BottomSheet("person-choose", title, messages.get("admin.close")).show(lines);
    }

    /** The person's phone: a one-time code, shown as a QR code (it carries the server's address) and as text. */
    private void invite(PairingCodeViewModel codes) {
        Button issue = Components.submit(
                messages.get("admin.person.invite.issue"), "person-invite-issue", codes.busyProperty(), codes::issue);
        ImageView qr = new ImageView();
        qr.setId("person-invite-qr");
        qr.setFitWidth(QR_SIZE);
        qr.setFitHeight(QR_SIZE);
        qr.setSmooth(false);
        qr.setAccessibleText(messages.get("admin.person.invite.qr"));
        codes.linkProperty()
                .addListener((obs, was, link) ->
                        qr.setImage(link == null || link.isEmpty() ? null : QrCode.image(link, QR_SIZE)));
        Label code = Components.text("", "pairing-code");
        code.setId("person-invite-code");
        code.textProperty().bind(codes.codeProperty());
        Label expires = Components.text("", "hint", "centered");
        expires.setId("person-invite-expires");
        expires.textProperty().bind(codes.expiresProperty());
        VBox shown = new VBox(
                8, qr, Components.text(messages.get("admin.person.invite.orType"), "hint", "centered"), code, expires);
        shown.setAlignment(Pos.CENTER);
        shown.visibleProperty().bind(codes.codeProperty().isNotEmpty());
        shown.managedProperty().bind(shown.visibleProperty());
        new BottomSheet("person-invite-sheet", messages.get("admin.person.invite"), messages.get("admin.close"))
                .show(
                        Components.text(
                                messages.get(
                                        "admin.person.invite.intro",
                                        model.personProperty().get().name()),
                                "lead"),
                        Components.busy(codes.busyProperty(), messages.get("admin.person.busy")),
                        Components.message(codes.errorProperty(), "message-error"),
                        issue,
                        shown);
    }

    private void confirmErase() {
        String who = model.personProperty().get().name();
        Confirm.ask(
                messages.get("admin.person.erase"),
                messages.get("admin.person.erase.header", who),
                messages.get("admin.person.erase.body", who),
                messages.get("admin.person.erase.yes"),
                messages.get("admin.cancel"),
                model::erase);
    }

    private Label section(String key) {
        Label l = Components.text(messages.get(key), "section-title");
        l.setId(key.replace('.', '-'));
        return l;
    }

    private Button button(String id, String key, org.kordamp.ikonli.Ikon icon) {
        Button b = new Button(messages.get(key), Icons.icon(icon, 20));
        b.setId(id);
        b.setWrapText(true);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setAlignment(Pos.CENTER_LEFT);
        return b;
    }

    private Button small(String id, String key, org.kordamp.ikonli.Ikon icon) {
        Button b = new Button(messages.get(key), Icons.icon(icon, 18));
        b.setId(id);
        b.setWrapText(true);
        return b;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public String title() {
        return messages.get("admin.person.title");
    }
}
