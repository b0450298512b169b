package org.jalons.server.api;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jalons.server.model.OrgVocabulary;
import org.jalons.server.model.OrgVocabulary.Kind;
import org.jalons.server.model.OrgVocabulary.Term;
import org.jalons.server.model.Refusal;
import org.jalons.server.service.Vocabularies;

/**
 * /api/v1/admin/vocabulary (the organisation's sites and goal themes, and the free texts found in the records; add,
 * rename, merge, adopt a text, retire) and /api/v1/me/vocabulary (what every device proposes).
 */
final class VocabularyController {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{1,16}");

    private final Vocabularies vocabularies;
    private final Authenticator auth;

    VocabularyController(Vocabularies vocabularies, Authenticator auth) {
        this.vocabularies = vocabularies;
        this.auth = auth;
    }

    void list(Context ctx) {
        var principal = auth.require(ctx);
        Vocabularies.Listing listing = vocabularies.list(principal);
        List<Map<String, Object>> terms = new ArrayList<>();
        for (Term term : listing.terms()) {
            Map<String, Object> json = termJson(term);
            json.put(
                    "texts",
                    listing.aliases().stream()
                            .filter(a -> a.code().equals(term.code()))
                            .map(OrgVocabulary.Alias::text)
                            .toList());
            terms.add(json);
        }
        List<Map<String, Object>> seen = new ArrayList<>();
        for (OrgVocabulary.Seen s : listing.seen()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("kind", s.kind().name());
            json.put("text", s.text());
            json.put("records", s.records());
            json.put("countedAs", s.code());
            seen.add(json);
        }
        Responses.json(ctx, 200, Map.of("terms", terms, "seen", seen));
    }

    void add(Context ctx) {
        var principal = auth.require(ctx);
        StrictObject body = StrictObject.of(JsonBody.read(ctx), Set.of("kind", "label", "easyLabel"));
        Kind kind = kind(body.text("kind", true));
        Term term = vocabularies.add(principal, kind, body.text("label", true), body.text("easyLabel", false));
        Responses.json(ctx, 201, termJson(term));
    }

    void rename(Context ctx) {
        var principal = auth.require(ctx);
        String code = code(ctx);
        StrictObject body = StrictObject.of(JsonBody.read(ctx), Set.of("label", "easyLabel"));
        Term term = vocabularies.rename(principal, code, body.text("label", true), body.text("easyLabel", false));
        Responses.json(ctx, 200, termJson(term));
    }

    void merge(Context ctx) {
        var principal = auth.require(ctx);
        String code = code(ctx);
        StrictObject body = StrictObject.of(JsonBody.read(ctx), Set.of("into"));
        String into = body.text("into", true);
        if (!CODE.matcher(into).matches()) {
            throw Refusal.invalid("invalid_body", "into must be a term's code.");
        }
        Responses.json(ctx, 200, termJson(vocabularies.merge(principal, code, into)));
    }

    void adoptText(Context ctx) {
        var principal = auth.require(ctx);
        String code = code(ctx);
        StrictObject body = StrictObject.of(JsonBody.read(ctx), Set.of("text"));
        Responses.json(ctx, 200, termJson(vocabularies.adoptText(principal, code, body.text("text", true))));
    }

    void retire(Context ctx) {
        var principal = auth.require(ctx);
        Responses.json(ctx, 200, termJson(vocabularies.retire(principal, code(ctx))));
    }

    /** Every device: the terms to propose, the labels they had, and where merged codes went. */
    void forDevices(Context ctx) {
        var principal = auth.require(ctx);
        Vocabularies.ForDevices answer = vocabularies.forDevices(principal);
        List<Map<String, Object>> terms = new ArrayList<>();
        for (Term term : answer.terms()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("kind", term.kind().name());
            json.put("code", term.code());
            json.put("label", term.label());
            json.put("easyLabel", term.easyLabel());
            json.put("active", term.state() == OrgVocabulary.State.ACTIVE);
            json.put(
                    "labels",
                    answer.labels().stream()
                            .filter(a -> a.code().equals(term.code()))
                            .map(OrgVocabulary.Alias::text)
                            .toList());
            terms.add(json);
        }
        List<Map<String, Object>> merged = answer.merged().stream()
                .map(t -> Map.<String, Object>of("code", t.code(), "into", t.mergedInto()))
                .toList();
        Responses.json(ctx, 200, Map.of("terms", terms, "merged", merged));
    }

    private static Map<String, Object> termJson(Term term) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", term.kind().name());
        json.put("code", term.code());
        json.put("label", term.label());
        json.put("easyLabel", term.easyLabel());
        json.put("state", term.state().name());
        json.put("mergedInto", term.mergedInto());
        json.put("updatedAt", term.updatedAt().toString());
        return json;
    }

    private static String code(Context ctx) {
        String code = ctx.pathParam("code");
        if (!CODE.matcher(code).matches()) {
            throw Refusal.invalid("invalid_parameter", "code must be a term's code.");
        }
        return code;
    }

    private static Kind kind(String text) {
        for (Kind kind : Kind.values()) {
            if (kind.name().equals(text)) {
                return kind;
            }
        }
        throw Refusal.invalid("invalid_body", "kind must be SITE, GOAL_THEME, WORK_SKILL or PARTNER_KIND.");
    }
}
