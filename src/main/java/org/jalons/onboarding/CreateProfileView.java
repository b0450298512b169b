package org.jalons.onboarding;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.ui.Components;
import org.jalons.ui.EasyRead;
import org.jalons.ui.View;
import org.kordamp.ikonli.material2.Material2MZ;

/** The "create my profile" form. */
public final class CreateProfileView implements View {
    private final EasyRead texts;
    private final Node root;

    public CreateProfileView(CreateProfileViewModel model, EasyRead texts) {
        this.texts = texts;
        TextField name = new TextField();
        name.setId("display-name");
        name.textProperty().bindBidirectional(model.displayNameProperty());

        ToggleGroup roles = new ToggleGroup();
        VBox roleChoices = new VBox(4);
        for (Role role : CreateProfileViewModel.ROLES) {
            RadioButton r = new RadioButton(texts.get("createProfile.role." + role.name()));
            r.setId("role-" + role.name().toLowerCase(java.util.Locale.ROOT));
            r.setUserData(role);
            r.setToggleGroup(roles);
            r.setWrapText(true);
            r.setSelected(role == model.roleProperty().get());
            roleChoices.getChildren().add(r);
        }
        roles.selectedToggleProperty()
                .addListener(
                        (obs, old, now) -> model.roleProperty().set(now == null ? null : (Role) now.getUserData()));

        PasswordField pin = new PasswordField();
        pin.setId("pin");
        pin.textProperty().bindBidirectional(model.pinProperty());
        PasswordField again = new PasswordField();
        again.setId("pin-confirmation");
        again.textProperty().bindBidirectional(model.pinConfirmationProperty());
        again.setOnAction(e -> model.create());

        Button create = new Button(texts.get("createProfile.submit"));
        create.setId("create");
        create.setDefaultButton(true);
        create.setMaxWidth(Double.MAX_VALUE);
        create.getStyleClass().add("accent");
        create.disableProperty().bind(model.busyProperty());
        create.setOnAction(e -> model.create());
        texts.pictogram(create, Material2MZ.PERSON_ADD);

        VBox content = new VBox(
                12,
                Components.field(texts.get("createProfile.name"), name, model.displayNameErrorProperty()),
                Components.field(texts.get("createProfile.role"), roleChoices, model.roleErrorProperty()),
                Components.field(texts.get("createProfile.pin"), pin, model.pinErrorProperty()),
                Components.field(
                        texts.get("createProfile.pinConfirmation"), again, model.pinConfirmationErrorProperty()),
                Components.text(texts.get("createProfile.pinWarning"), "hint"),
                Components.message(model.formErrorProperty(), "message-error"),
                Components.busy(model.busyProperty(), texts.get("createProfile.busy")),
                create);
        root = texts.enlarge(Components.screen(content));
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public String title() {
        return texts.get("createProfile.title");
    }
}
