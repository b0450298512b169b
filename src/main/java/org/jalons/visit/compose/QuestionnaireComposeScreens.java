package org.jalons.visit.compose;

import org.jalons.session.AppServices;
import org.jalons.sync.AdminClient;
import org.jalons.sync.HttpSettings;
import org.jalons.ui.Navigator;
import org.jalons.ui.Screen;
import org.jalons.ui.View;

/**
 * The views of composing questionnaires (admin home, counsellor menu): the list, and one questionnaire's editor on
 * its own screen on a phone. The editor publishes through the list's model, so the list shows the new version.
 */
public final class QuestionnaireComposeScreens {
    private final AppServices s;
    private final Navigator nav;
    private ComposeModel model;

    public QuestionnaireComposeScreens(AppServices s, Navigator nav) {
        this.s = s;
        this.nav = nav;
    }

    public View list() {
        model = newModel();
        return new ComposeView(model, s.messages(), draft -> nav.goTo(Screen.QUESTIONNAIRE_EDITOR, draft));
    }

    public View editor(Object about) {
        ComposeModel shared = model != null ? model : newModel();
        return new EditorView((QuestionnaireDraft) about, shared, s.messages(), nav::back);
    }

    private ComposeModel newModel() {
        return new ComposeModel(new AdminClient(s.store(), HttpSettings.defaults()), s.background(), s.messages());
    }
}
