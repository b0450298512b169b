package org.jalons.settings;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.jalons.domain.CounsellorProfile;
import org.jalons.ui.Components;
import org.jalons.ui.EasyRead;
import org.jalons.ui.kit.Flow;
import org.jalons.ui.kit.Snackbar;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The counsellor's profile in the settings: the name the people supported see, the form of address as a segmented
 * choice, an optional work phone, a line showing how a person reads it, and "save" (a snackbar says it is kept and
 * sent at the next sync).
 */
final class CounsellorProfileSection extends VBox {

    CounsellorProfileSection(CounsellorProfileModel model, EasyRead texts) {
        super(8);
        setId("counsellor-profile");
        TextField name = Components.input(new TextField(), "profile-name", model.nameProperty(), model.busyProperty());
        TextField phone =
                Components.input(new TextField(), "profile-phone", model.workPhoneProperty(), model.busyProperty());
        Label preview = Components.text("", "hint");
        preview.setId("profile-preview");
        Runnable showPreview = () -> preview.setText(model.preview());
        model.nameProperty().addListener((obs, was, now) -> showPreview.run());
        model.addressFormProperty().addListener((obs, was, now) -> showPreview.run());
        showPreview.run();
        Button save = texts.pictogram(
                Components.submit(
                        texts.get("settings.profile.save"),
                        "profile-save",
                        model.busyProperty(),
                        () -> model.save(() -> Snackbar.show(texts.get("settings.profile.saved")))),
                Material2MZ.SAVE);
        save.setWrapText(true);
        getChildren()
                .addAll(
                        Components.text(texts.get("settings.profile.intro"), "hint"),
                        Components.field(texts.get("settings.profile.name"), name, model.nameErrorProperty()),
                        Components.field(
                                texts.get("settings.profile.form"), forms(model, texts), model.errorProperty()),
                        preview,
                        Components.field(texts.get("settings.profile.phone"), phone, model.phoneErrorProperty()),
                        save);
        model.load();
    }

    /** One button per form, as a segmented choice: exactly one is chosen at any time. */
    private static FlowPane forms(CounsellorProfileModel model, EasyRead texts) {
        FlowPane row = Flow.of(8, 8);
        row.getStyleClass().add("profile-forms");
        ToggleGroup group = new ToggleGroup();
        for (String form :
                java.util.List.of(CounsellorProfile.FEMININE, CounsellorProfile.MASCULINE, CounsellorProfile.NEUTRAL)) {
            // easy-read: a pictogram beside each choice, as beside every action
            ToggleButton b =
                    texts.pictogram(new ToggleButton(texts.get("settings.profile.form." + form)), Material2MZ.PERSON);
            b.setId("profile-form-" + form);
            b.setWrapText(true);
            b.setToggleGroup(group);
            b.setSelected(form.equals(model.addressFormProperty().get()));
            b.setOnAction(e -> {
                b.setSelected(true); // tapping the chosen one keeps it chosen
                model.addressFormProperty().set(form);
            });
            row.getChildren().add(b);
        }
        model.addressFormProperty()
                .addListener((obs, was, now) -> group.getToggles()
                        .forEach(t -> t.setSelected(((ToggleButton) t).getId().equals("profile-form-" + now))));
        return row;
    }
}
