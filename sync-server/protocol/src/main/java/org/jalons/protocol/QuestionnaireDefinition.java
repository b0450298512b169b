package org.jalons.protocol;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A questionnaire as data (PROTOCOL.md, "Questionnaires"): one version of it, immutable once published. Texts are per
 * language ({@code fr} required, {@code en} optional); each item and each point of the scale has an easy-read
 * wording. The server checks what an admin or a counsellor publishes with {@link #problems()}, and a pushed
 * {@code questionnaireResponse} with {@link #answerProblem(Map)}; the app checks its bundled file and its editor with
 * the same rules.
 */
public record QuestionnaireDefinition(
        String id, int version, Map<String, String> title, Map<String, String> intro, Scale scale, List<Item> items) {

    public static final int MIN_POINTS = 2;
    public static final int MAX_POINTS = 7;
    public static final int MAX_ITEMS = 40;
    public static final int MAX_TITLE = 120;
    public static final int MAX_INTRO = 600;
    public static final int MAX_ITEM_TEXT = 300;
    public static final int MAX_EASY_TEXT = 200;
    public static final int MAX_POINT_LABEL = 60;
    /** The languages a text may be given in; French is always required. */
    public static final Set<String> LANGUAGES = Set.of("fr", "en");
    /** The pictograms an item may show (drawn by the app, named here so that a definition names only known ones). */
    public static final List<String> PICTOGRAMS = List.of(
            "problem-solving",
            "help",
            "form",
            "work",
            "path",
            "learn",
            "speak",
            "change",
            "job",
            "home",
            "health",
            "money",
            "transport",
            "family",
            "time");

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern ITEM_ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    /** The answer scale: its points, from 1 (the first) to {@code points.size()}. */
    public record Scale(List<Point> points) {}

    /** One point of the scale: its label and its easy-read label, per language. */
    public record Point(Map<String, String> label, Map<String, String> easyLabel) {}

    /** One statement to rate; its id stays the same across versions so that answers can be followed. */
    public record Item(String id, Map<String, String> text, Map<String, String> easyRead, String pictogram) {}

    /** Every problem of this definition, in words (empty when it may be published or loaded). */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (id == null || !ID.matcher(id).matches()) {
            problems.add("id must be 1 to 64 lowercase letters, digits or hyphens");
        }
        if (version < 1) {
            problems.add("version must be 1 or more");
        }
        texts(problems, "title", title, MAX_TITLE, false, true);
        texts(problems, "intro", intro, MAX_INTRO, true, false);
        scaleProblems(problems);
        if (items == null || items.isEmpty() || items.size() > MAX_ITEMS) {
            problems.add("there must be 1 to " + MAX_ITEMS + " items");
            return problems;
        }
        Set<String> ids = new HashSet<>();
        for (Item item : items) {
            if (item == null) {
                problems.add("an item is missing");
                continue;
            }
            String name = "item " + item.id();
            if (item.id() == null || !ITEM_ID.matcher(item.id()).matches()) {
                problems.add("item ids must be 1 to 32 letters, digits, hyphens or underscores");
            } else if (!ids.add(item.id())) {
                problems.add("item ids must be unique: " + item.id());
            }
            texts(problems, name + " text", item.text(), MAX_ITEM_TEXT, false, true);
            texts(problems, name + " easy-read text", item.easyRead(), MAX_EASY_TEXT, false, true);
            if (item.pictogram() != null && !PICTOGRAMS.contains(item.pictogram())) {
                problems.add(name + " names an unknown pictogram");
            }
        }
        return problems;
    }

    private void scaleProblems(List<String> problems) {
        if (scale == null || scale.points() == null) {
            problems.add("a scale is required");
            return;
        }
        int size = scale.points().size();
        if (size < MIN_POINTS || size > MAX_POINTS) {
            problems.add("the scale must have " + MIN_POINTS + " to " + MAX_POINTS + " points");
            return;
        }
        for (int i = 0; i < size; i++) {
            Point point = scale.points().get(i);
            if (point == null) {
                problems.add("a point of the scale is missing");
                continue;
            }
            texts(problems, "point " + (i + 1) + " label", point.label(), MAX_POINT_LABEL, false, true);
            texts(problems, "point " + (i + 1) + " easy label", point.easyLabel(), MAX_POINT_LABEL, false, true);
        }
    }

    private static void texts(
            List<String> problems,
            String name,
            Map<String, String> texts,
            int max,
            boolean multiline,
            boolean required) {
        if (texts == null) {
            if (required) {
                problems.add(name + " needs a French text");
            }
            return;
        }
        if (!LANGUAGES.containsAll(texts.keySet())) {
            problems.add(name + " may be given in French (fr) and English (en) only");
        }
        String french = texts.get("fr");
        if (french == null || french.isBlank()) {
            problems.add(name + " needs a French text");
        }
        for (Map.Entry<String, String> text : texts.entrySet()) {
            String value = text.getValue();
            if (value == null || value.isBlank()) {
                if (!"fr".equals(text.getKey())) {
                    problems.add(name + " (" + text.getKey() + ") must not be empty");
                }
                continue;
            }
            if (value.length() > max) {
                problems.add(name + " (" + text.getKey() + ") must be at most " + max + " characters");
            }
            if (TextRule.problem(value, multiline) != null) {
                problems.add(name + " (" + text.getKey() + ") holds characters that are not allowed");
            } else if (!TextRule.normalise(value).equals(value)) {
                problems.add(name + " (" + text.getKey() + ") must be in normal form (NFC)");
            }
        }
    }

    /** The number of points of the scale (answers go from 1 to it). */
    public int points() {
        return scale.points().size();
    }

    /**
     * Null when {@code answers} fit this version (1 or more of its items, each answered with a point of its scale);
     * else the first problem, in words.
     */
    public String answerProblem(Map<String, Integer> answers) {
        if (answers == null || answers.isEmpty()) {
            return "a response needs at least one answer";
        }
        Set<String> known = new HashSet<>();
        for (Item item : items) {
            known.add(item.id());
        }
        for (Map.Entry<String, Integer> answer : answers.entrySet()) {
            if (!known.contains(answer.getKey())) {
                return "item " + answer.getKey() + " is not in version " + version + " of this questionnaire";
            }
            Integer value = answer.getValue();
            if (value == null || value < 1 || value > points()) {
                return "answers to version " + version + " go from 1 to " + points();
            }
        }
        return null;
    }
}
