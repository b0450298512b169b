package org.jalons.training;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.jalons.beneficiary.FormWizard;
import org.jalons.beneficiary.MyForms;
import org.jalons.protocol.Vocabulary.TrainingStatus;
import org.jalons.ui.Components;
import org.jalons.ui.EasyRead;
import org.jalons.ui.View;
import org.jalons.ui.kit.Snackbar;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** A training of my own, with a photo of the certificate if I have one. */
public final class NewTrainingView implements View {
    private final EasyRead texts;
    private final Node root;
    private final ImageView preview = new ImageView();

    public NewTrainingView(NewTrainingViewModel model, EasyRead texts, Runnable onSaved) {
        this.texts = texts;
        FlowPane statuses = new FlowPane(8, 8);
        statuses.setId("training-status");
        ToggleGroup group = new ToggleGroup();
        for (TrainingStatus s : NewTrainingViewModel.STATUS_CHOICES) {
            ToggleButton b = new ToggleButton(texts.label(s));
            b.setId("status-" + s.name());
            b.setToggleGroup(group);
            b.setAccessibleText(b.getText());
            b.setSelected(s == model.statusValue());
            model.statusProperty().addListener((obs, was, now) -> b.setSelected(s == model.statusValue()));
            b.setOnAction(e -> {
                b.setSelected(true);
                model.chooseStatus(s);
            });
            statuses.getChildren().add(b);
        }
        preview.setId("picture-preview");
        preview.setPreserveRatio(true);
        preview.setFitWidth(200);
        preview.setFitHeight(160);
        preview.setAccessibleText(texts.get("my.training.pictureKept"));
        Label pictureState = Components.text("", "row-detail");
        pictureState.setId("picture-state");
        var add = EasyRead.action(
                "add-picture", Material2AL.CAMERA_ALT, texts.get("my.training.addPicture"), model::addPicture);
        var remove =
                EasyRead.action("remove-picture", Material2AL.DELETE, texts.get("my.training.removePicture"), () -> {
                    model.removePicture();
                    Snackbar.show(
                            texts.get("my.training.pictureRemoved"), texts.get("kit.undo"), model::restorePicture);
                });
        Runnable showPicture = () -> {
            byte[] kept = model.pictureContentProperty().get();
            boolean has = kept != null;
            preview.setImage(has ? new Image(new java.io.ByteArrayInputStream(kept), 400, 320, true, true) : null);
            preview.setVisible(has);
            preview.setManaged(has);
            remove.setVisible(has);
            remove.setManaged(has);
            pictureState.setText(texts.get(has ? "my.training.pictureKept" : "my.training.noPicture"));
        };
        model.pictureContentProperty().addListener((obs, was, now) -> showPicture.run());
        showPicture.run();

        var save = EasyRead.action("save-training", Material2AL.CHECK, texts.get("my.save"), () -> model.save(onSaved));
        save.getStyleClass().add("accent");
        save.disableProperty().bind(model.busyProperty());
        var title = MyForms.textField(
                "training-title", texts.get("my.training.title"), model.titleProperty(), model.titleErrorProperty());
        var provider = MyForms.textField(
                "training-provider",
                texts.get("my.training.provider"),
                model.providerProperty(),
                model.providerErrorProperty());
        var certificate = MyForms.textField(
                "training-certificate",
                texts.get("my.training.certificate"),
                model.certificateProperty(),
                model.certificateErrorProperty());
        Label pictureError = Components.message(model.pictureErrorProperty(), "message-error");
        if (texts.isOn()) {
            // Easy-read: one question per screen; the certificate and its photo go together.
            root = FormWizard.of(
                    model,
                    texts,
                    java.util.List.of(
                            new FormWizard.Page(Material2MZ.SCHOOL, texts.get("my.training.title"), title),
                            new FormWizard.Page(Material2AL.BUSINESS, texts.get("my.training.provider"), provider),
                            new FormWizard.Page(Material2MZ.TIMELAPSE, texts.get("my.training.status"), statuses),
                            new FormWizard.Page(
                                    Material2MZ.VERIFIED,
                                    texts.get("my.training.certificate"),
                                    certificate,
                                    pictureState,
                                    preview,
                                    add,
                                    remove,
                                    pictureError)),
                    () -> model.save(onSaved));
            return;
        }
        VBox content = new VBox(
                14,
                title,
                provider,
                Components.text(texts.get("my.training.status"), "field-label"),
                statuses,
                certificate,
                Components.text(texts.get("my.training.picture"), "field-label"),
                pictureState,
                preview,
                add,
                remove,
                pictureError,
                save,
                Components.message(model.errorProperty(), "message-error"));
        root = texts.apply(Components.screen(content));
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public String title() {
        return texts.get("my.addTraining");
    }
}
