package org.jalons.syncui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jalons.i18n.Language;
import org.jalons.i18n.Messages;
import org.jalons.sync.SyncException;
import org.jalons.sync.SyncProblem;
import org.jalons.ui.DirectBackground;
import org.jalons.ui.EasyRead;
import org.junit.jupiter.api.Test;

/**
 * Every code the server can refuse with has words in French, English and easy-read: the codes are read from the
 * server's sources (what it can send), its openapi.yaml and PROTOCOL.md (what it promises), so a new code on the
 * server fails this test until the app can say it.
 */
class ServerRefusalWordsTest {
    static final Path SERVER = Path.of("sync-server/src/main/java");
    /** A request's refusal: {@code Refusal.invalid("code"}, {@code new Refusal(Reason.X, "code"}, an error body. */
    static final Pattern REQUEST_CODE = Pattern.compile("Refusal\\.invalid\\(\\s*\"([a-z_]+)\""
            + "|new Refusal\\(\\s*[\\w.]+,\\s*\"([a-z_]+)\""
            + "|error\\(ctx, \\d+, \"([a-z_]+)\""
            + "|put\\(body, \"([a-z_]+)\"");
    /** A per-change refusal's stable code, kept as a constant where it is thrown. */
    static final Pattern CHANGE_CODE = Pattern.compile("static final String [A-Z_]+ = \"([a-z]+(?:_[a-z]+)+)\"");

    static TreeSet<String> requestCodes() throws IOException {
        TreeSet<String> codes = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(SERVER)) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = REQUEST_CODE.matcher(Files.readString(source));
                while (m.find()) {
                    for (int g = 1; g <= m.groupCount(); g++) {
                        if (m.group(g) != null) {
                            codes.add(m.group(g));
                        }
                    }
                }
            }
        }
        // what openapi.yaml lists in the error body's description ("stable code, e.g. …")
        String openapi = Files.readString(Path.of("sync-server/src/main/resources/openapi.yaml"));
        Matcher listed = Pattern.compile("stable code, e\\.g\\. ([^\"]+)\"").matcher(openapi);
        assertThat(listed.find()).as("openapi.yaml lists the error codes").isTrue();
        Matcher code = Pattern.compile("\\b([a-z]+(?:_[a-z]+)+)\\b")
                .matcher(listed.group(1).replaceAll("\\([^)]*\\)", ""));
        while (code.find()) {
            codes.add(code.group(1));
        }
        return codes;
    }

    static TreeSet<String> changeCodes() throws IOException {
        TreeSet<String> codes = new TreeSet<>();
        // every service class that refuses a change (it names ChangeRejected) declares its codes as constants
        try (var files = Files.list(SERVER.resolve("org/jalons/server/service"))) {
            for (Path file : files.sorted().toList()) {
                String source = Files.readString(file);
                if (!source.contains("ChangeRejected")) {
                    continue;
                }
                Matcher m = CHANGE_CODE.matcher(source);
                while (m.find()) {
                    codes.add(m.group(1));
                }
            }
        }
        String protocol = Files.readString(Path.of("docs/PROTOCOL.md"));
        Matcher push = Pattern.compile("(?s)`error` \\(a stable snake_case code.*?Codes: (.*?)\\n- ")
                .matcher(protocol);
        assertThat(push.find()).as("PROTOCOL.md lists the per-change codes").isTrue();
        Matcher code = Pattern.compile("`([a-z]+(?:_[a-z]+)+)`").matcher(push.group(1));
        while (code.find()) {
            codes.add(code.group(1));
        }
        return codes;
    }

    @Test
    void everyCodeARequestIsRefusedWithHasWordsInBothLanguagesAndEasyRead() throws IOException {
        TreeSet<String> codes = requestCodes();
        assertThat(codes)
                .as("the scan finds the server's codes")
                .contains(
                        "invalid_body",
                        "unauthorized",
                        "cursor_too_old",
                        "invalid_code",
                        "rate_limited",
                        "internal_error");
        List<String> missing = new ArrayList<>();
        for (Language language : Language.values()) {
            for (boolean easy : new boolean[] {false, true}) {
                EasyRead texts = new EasyRead(new Messages(language), easy, 1.0);
                for (String c : codes) {
                    String key = ServerRefusals.key(c) + (easy ? ".easy" : "");
                    if (texts.get(ServerRefusals.key(c)).equals(key)) {
                        missing.add(language + " " + key);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyCodeAChangeIsRefusedWithHasItsOwnWordsInBothLanguagesAndEasyRead() throws IOException {
        TreeSet<String> codes = changeCodes();
        assertThat(codes)
                .as("the scan finds the per-change codes")
                .contains(
                        "invalid_change",
                        "forbidden_write",
                        "consent_missing",
                        "change_id_reused",
                        "invalid_text",
                        "not_own_words",
                        "answers_do_not_fit");
        assertThat(RejectedViewModel.BY_ERROR.keySet()).containsExactlyInAnyOrderElementsOf(codes);
        for (Language language : Language.values()) {
            for (boolean easy : new boolean[] {false, true}) {
                EasyRead texts = new EasyRead(new Messages(language), easy, 1.0);
                List<String> shown = codes.stream()
                        .map(c -> texts.get(RejectedViewModel.BY_ERROR.get(c)))
                        .toList();
                assertThat(shown)
                        .as(language + " easy=" + easy)
                        .doesNotHaveDuplicates()
                        .noneMatch(t -> t.startsWith("sync."));
            }
        }
    }

    @Test
    void aRefusedRequestIsToldByItsCodeWithTheWayOutNeverByTheServersSentence() {
        for (boolean easy : new boolean[] {false, true}) {
            EasyRead texts = new EasyRead(new Messages(Language.FRENCH), easy, 1.0);
            PairingCodeViewModel model = new PairingCodeViewModel(
                    id -> {
                        throw new SyncException(
                                SyncProblem.SERVER_REFUSED,
                                "POST https://jalons.example.org/api/v1/pairing-codes answered 403"
                                        + " {\"error\":\"forbidden\",\"message\":\"Only counsellors and admins\"}",
                                "forbidden");
                    },
                    List.of(new PairingCodeViewModel.Person(UUID.randomUUID(), "Samia B.")),
                    "https://jalons.example.org",
                    new DirectBackground(),
                    texts,
                    ZoneOffset.UTC,
                    null);
            model.chosenProperty().set(model.people().get(0));
            model.issue();
            assertThat(model.errorProperty().get())
                    .isEqualTo(texts.get(ServerRefusals.key("forbidden")))
                    .doesNotContain("http", "Only counsellors", "forbidden");
        }
    }
}
