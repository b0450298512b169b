package org.jalons.visit;

import java.util.UUID;
import org.jalons.caseload.BeneficiaryFile;
import org.jalons.domain.questionnaire.QuestionnaireCatalog;
import org.jalons.session.AppServices;
import org.jalons.ui.NavigationTable;
import org.jalons.ui.Screen;

/** Registers the home-visit screens in the navigation table; the visit opens on the file already read. */
public final class VisitScreens {
    private VisitScreens() {}

    public static void register(NavigationTable table, AppServices services) {
        table.registerAbout(
                Screen.HOME_VISIT,
                about -> new VisitView(
                        new VisitModel(
                                (BeneficiaryFile) about,
                                services.store(),
                                services.background(),
                                services.messages(),
                                services.clock(),
                                services.zone()),
                        services.messages(),
                        () -> services.navigator().back()));
        table.registerAbout(
                Screen.QUESTIONNAIRE,
                about -> new QuestionnaireView(
                        new QuestionnaireModel(
                                services.store(),
                                (UUID) about,
                                QuestionnaireCatalog.pouvoirAgir(),
                                services.clock(),
                                services.display().isEasyRead()),
                        services.messages(),
                        services.zone(),
                        () -> services.navigator().back()));
    }
}
