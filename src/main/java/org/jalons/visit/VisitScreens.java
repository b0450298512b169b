package org.jalons.visit;

import java.util.UUID;
import org.jalons.caseload.BeneficiaryFile;
import org.jalons.domain.questionnaire.QuestionnaireCatalog;
import org.jalons.session.ScreenContext;
import org.jalons.ui.DisplayPreferences;
import org.jalons.ui.NavigationTable;
import org.jalons.ui.Screen;

/** Registers the home-visit screens in the navigation table; the visit opens on the file already read. */
public final class VisitScreens {
    private VisitScreens() {}

    public static void register(NavigationTable table, ScreenContext context) {
        table.registerAbout(
                Screen.HOME_VISIT,
                about -> new VisitView(
                        new VisitModel(
                                (BeneficiaryFile) about,
                                context.store(),
                                context.background(),
                                context.messages(),
                                context.clock(),
                                context.zone()),
                        context.messages(),
                        () -> context.navigator().back()));
        table.registerAbout(
                Screen.QUESTIONNAIRE,
                about -> new QuestionnaireView(
                        new QuestionnaireModel(
                                context.store(),
                                context.background(),
                                (UUID) about,
                                QuestionnaireCatalog.pouvoirAgir(),
                                context.clock(),
                                context.service(DisplayPreferences.class)
                                        .map(DisplayPreferences::isEasyRead)
                                        .orElse(false)),
                        context.messages(),
                        context.zone(),
                        () -> context.navigator().back()));
    }
}
