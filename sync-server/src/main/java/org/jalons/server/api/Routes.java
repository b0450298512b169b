package org.jalons.server.api;

import io.javalin.config.RoutesConfig;
import java.util.function.BooleanSupplier;
import org.jalons.server.service.Accounts;
import org.jalons.server.service.AuditViewer;
import org.jalons.server.service.CounsellorProfiles;
import org.jalons.server.service.Devices;
import org.jalons.server.service.Erasure;
import org.jalons.server.service.Pairing;
import org.jalons.server.service.People;
import org.jalons.server.service.PersonRecord;
import org.jalons.server.service.PullService;
import org.jalons.server.service.PushService;
import org.jalons.server.service.Questionnaires;
import org.jalons.server.service.TombstoneWindow;
import org.jalons.server.service.Vocabularies;
import org.jalons.server.summary.SummaryProjector;
import org.jalons.server.summary.SummaryService;

/** Every route of the server, declared here and nowhere else (documented in openapi.yaml). */
public final class Routes {

    public static final String API = "/api/v1";

    private Routes() {}

    public static void declare(
            RoutesConfig routes,
            BooleanSupplier databaseAnswers,
            Accounts accounts,
            Pairing pairing,
            Devices devices,
            PushService push,
            PullService pull,
            SummaryService summaries,
            SummaryProjector projector,
            CounsellorProfiles profiles,
            BooleanSupplier ready,
            ServerMetrics metrics,
            AuditViewer auditViewer,
            Erasure erasure,
            PersonRecord personRecord,
            People people,
            TombstoneWindow tombstoneWindow,
            Vocabularies vocabularies,
            Questionnaires questionnaires) {
        Authenticator auth = new Authenticator(devices);
        HealthController health = new HealthController(databaseAnswers, ready, projector::overall);
        PairingController pairingController = new PairingController(pairing, auth);
        DeviceController deviceController = new DeviceController(devices, auth);
        AdminController admin = new AdminController(accounts, auth);
        SyncController sync = new SyncController(push, pull, auth);
        SummaryController summary = new SummaryController(summaries, auth);
        ProfileController profile = new ProfileController(profiles, auth);
        AuditController audit = new AuditController(auditViewer, auth);
        PersonalDataController personalData = new PersonalDataController(erasure, personRecord, auth);
        PeopleController peopleController = new PeopleController(people, auth);
        SettingsController settings = new SettingsController(summaries, tombstoneWindow, auth);
        VocabularyController vocabulary = new VocabularyController(vocabularies, auth);
        QuestionnaireController questionnaire = new QuestionnaireController(questionnaires, auth);

        // every answer of the API may hold personal data: no cache, proxy or shared browser keeps it
        routes.before(API + "/*", ctx -> ctx.header("Cache-Control", "no-store"));
        routes.before(API + "/*", ProtocolHeader::require);
        routes.before(API + "/*", QueryText::require);

        routes.get("/health", health::health);
        routes.get("/ready", health::ready);
        routes.get("/metrics", metrics::scrape);
        routes.get("/openapi.yaml", health::openApi);

        routes.post(API + "/pair", pairingController::pair);
        routes.post(API + "/pairing-codes", pairingController::issueCode);
        routes.get(API + "/devices", deviceController::list);
        routes.delete(API + "/devices/{id}", deviceController::revoke);
        routes.post(API + "/devices/{id}/wipe", deviceController::requestWipe);
        routes.post(API + "/devices/me/wiped", deviceController::confirmWiped);

        routes.post(API + "/admin/users", admin::createUser);
        routes.get(API + "/admin/users", admin::listUsers);
        routes.post(API + "/admin/users/{id}/deactivate", admin::deactivateUser);
        routes.post(API + "/admin/users/{id}/reactivate", admin::reactivateUser);
        routes.get(API + "/admin/users/{id}/work-teams", admin::workTeamsOf);
        routes.put(API + "/admin/users/{id}/work-teams", admin::setWorkTeams);
        routes.get(API + "/admin/work-teams", admin::workTeams);
        routes.put(API + "/admin/caseloads/{counsellorId}/{beneficiaryId}", admin::addToCaseload);
        routes.delete(API + "/admin/caseloads/{counsellorId}/{beneficiaryId}", admin::removeFromCaseload);
        routes.get(API + "/admin/audit", audit::page);
        routes.get(API + "/admin/audit.csv", audit::csv);
        routes.post(API + "/admin/people/{id}/erase", personalData::erase);
        routes.get(API + "/admin/people/{id}/record.json", personalData::recordJson);
        routes.get(API + "/admin/people/{id}/record.pdf", personalData::recordPdf);
        routes.get(API + "/admin/retention", personalData::report);
        routes.get(API + "/admin/people", peopleController::list);
        routes.get(API + "/admin/people/{id}/referents", peopleController::referents);
        routes.post(API + "/admin/people/{id}/transfer", peopleController::transfer);
        routes.put(API + "/admin/retention", personalData::setRetention);

        // the organisation's sites and goal themes
        routes.get(API + "/admin/vocabulary", vocabulary::list);
        routes.post(API + "/admin/vocabulary", vocabulary::add);
        routes.put(API + "/admin/vocabulary/{code}", vocabulary::rename);
        routes.post(API + "/admin/vocabulary/{code}/merge", vocabulary::merge);
        routes.post(API + "/admin/vocabulary/{code}/texts", vocabulary::adoptText);
        routes.post(API + "/admin/vocabulary/{code}/retire", vocabulary::retire);
        routes.get(API + "/me/vocabulary", vocabulary::forDevices);
        routes.get(API + "/questionnaires", questionnaire::list);
        routes.post(API + "/questionnaires", questionnaire::publishNew);
        routes.put(API + "/questionnaires/{id}", questionnaire::publishNext);
        routes.post(API + "/questionnaires/{id}/retire", questionnaire::retire);

        routes.put(API + "/me/profile", profile::setProfile);
        routes.get(API + "/me/counsellors", profile::myCounsellors);

        routes.post(API + "/sync/push", sync::push);
        routes.get(API + "/sync/pull", sync::pull);
        routes.get(API + "/sync/snapshot", sync::snapshot);

        routes.get(API + "/summary", summary::summary);
        routes.get(API + "/summary.csv", summary::csv);
        routes.get(API + "/summary/exits.csv", summary::exitsCsv);
        routes.get(API + "/summary/words", summary::words);
        routes.get(API + "/summary/report.pdf", summary::pdf);
        routes.get(API + "/admin/settings", settings::get);
        routes.put(API + "/admin/settings", settings::put);

        ErrorAnswers.declare(routes);
    }
}
