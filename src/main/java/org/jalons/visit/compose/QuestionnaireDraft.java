package org.jalons.visit.compose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jalons.domain.questionnaire.Questionnaire;

/**
 * A questionnaire being composed: its French texts (the words the author writes), the scale's points and the items,
 * in order. It starts empty (a new questionnaire) or from a published version (its next version); an item keeps its
 * id from version to version, so answers to it can be followed. English texts of the source are kept where the French
 * text was not changed (it would no longer say the same otherwise).
 */
public final class QuestionnaireDraft {

    /** One point of the scale: its label and its easy-read label. */
    public static final class Point {
        final StringProperty label = new SimpleStringProperty(this, "label", "");
        final StringProperty easyLabel = new SimpleStringProperty(this, "easyLabel", "");
        final Questionnaire.Point source;

        Point(Questionnaire.Point source) {
            this.source = source;
            if (source != null) {
                label.set(source.label().getOrDefault("fr", ""));
                easyLabel.set(
                        source.easyLabel() == null ? "" : source.easyLabel().getOrDefault("fr", ""));
            }
        }
    }

    /** One item: its stable id, sentence, easy-read sentence and pictogram. */
    public static final class Item {
        final String id;
        final StringProperty text = new SimpleStringProperty(this, "text", "");
        final StringProperty easyRead = new SimpleStringProperty(this, "easyRead", "");
        final StringProperty pictogram = new SimpleStringProperty(this, "pictogram", "work");
        final Questionnaire.Item source;

        Item(Questionnaire.Item source) {
            this.source = source;
            this.id = source == null ? newItemId() : source.id();
            if (source != null) {
                text.set(source.text().getOrDefault("fr", ""));
                easyRead.set(source.easyRead() == null ? "" : source.easyRead().getOrDefault("fr", ""));
                pictogram.set(source.pictogram());
            }
        }
    }

    final Questionnaire source;
    final StringProperty title = new SimpleStringProperty(this, "title", "");
    final StringProperty intro = new SimpleStringProperty(this, "intro", "");
    final ObservableList<Point> points = FXCollections.observableArrayList();
    final ObservableList<Item> items = FXCollections.observableArrayList();

    /** A new questionnaire: a four-point scale and one empty item. */
    public static QuestionnaireDraft blank() {
        QuestionnaireDraft draft = new QuestionnaireDraft(null);
        for (int i = 0; i < 4; i++) {
            draft.points.add(new Point(null));
        }
        draft.items.add(new Item(null));
        return draft;
    }

    /** The next version of {@code published}, starting from its texts. */
    public static QuestionnaireDraft from(Questionnaire published) {
        QuestionnaireDraft draft = new QuestionnaireDraft(published);
        draft.title.set(published.title().getOrDefault("fr", ""));
        draft.intro.set(published.intro() == null ? "" : published.intro().getOrDefault("fr", ""));
        published.scale().points().forEach(p -> draft.points.add(new Point(p)));
        published.items().forEach(i -> draft.items.add(new Item(i)));
        return draft;
    }

    private QuestionnaireDraft(Questionnaire source) {
        this.source = source;
    }

    /** The version publishing makes: 1 for a new questionnaire, else the next one. */
    public int nextVersion() {
        return source == null ? 1 : source.version() + 1;
    }

    public boolean isNew() {
        return source == null;
    }

    public String questionnaireId() {
        return source == null ? null : source.id();
    }

    Item addItem() {
        Item item = new Item(null);
        items.add(item);
        return item;
    }

    void move(Item item, int by) {
        int from = items.indexOf(item);
        int to = from + by;
        if (from < 0 || to < 0 || to >= items.size()) {
            return;
        }
        items.remove(from);
        items.add(to, item);
    }

    /** What the server takes: {title, intro, scale, items}, French texts and the English ones still true. */
    public Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", texts(title.get(), source == null ? null : source.title()));
        String introText = intro.get() == null ? "" : intro.get().strip();
        if (!introText.isEmpty()) {
            body.put("intro", texts(introText, source == null ? null : source.intro()));
        }
        List<Map<String, Object>> scale = new ArrayList<>();
        for (Point p : points) {
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("label", texts(p.label.get(), p.source == null ? null : p.source.label()));
            point.put("easyLabel", texts(p.easyLabel.get(), p.source == null ? null : p.source.easyLabel()));
            scale.add(point);
        }
        body.put("scale", Map.of("points", scale));
        List<Map<String, Object>> list = new ArrayList<>();
        for (Item i : items) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", i.id);
            item.put("text", texts(i.text.get(), i.source == null ? null : i.source.text()));
            item.put("easyRead", texts(i.easyRead.get(), i.source == null ? null : i.source.easyRead()));
            item.put("pictogram", i.pictogram.get());
            list.add(item);
        }
        body.put("items", list);
        return body;
    }

    /** The French text written, with the source's English one when the French did not change. */
    private static Map<String, String> texts(String french, Map<String, String> source) {
        String fr = french == null ? "" : french.strip();
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("fr", fr);
        if (source != null && fr.equals(source.get("fr")) && source.get("en") != null) {
            texts.put("en", source.get("en"));
        }
        return texts;
    }

    private static String newItemId() {
        return "I"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(java.util.Locale.ROOT);
    }
}
