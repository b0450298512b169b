package org.jalons.supervisor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.jalons.storage.Json;

/**
 * The words people shared with the structure, as the server answers them (PROTOCOL.md, "Shared words"): by theme
 * ({@code null}: about no goal), each with its month, and how many themes were hidden for too few people.
 */
public record SharedWordsData(int k, List<Group> groups, int suppressed) {

    public record Group(String theme, List<Word> words) {}

    /** {@code month}: yyyy-MM. */
    public record Word(String month, String text) {}

    public SharedWordsData {
        groups = List.copyOf(groups);
    }

    public static SharedWordsData parse(String json) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not shared words: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.path("groups").isArray() || !root.path("k").isInt()) {
            throw new IllegalArgumentException("Not shared words: no groups or no k");
        }
        List<Group> groups = new ArrayList<>();
        for (JsonNode group : root.get("groups")) {
            List<Word> words = new ArrayList<>();
            for (JsonNode word : group.path("words")) {
                words.add(
                        new Word(word.path("month").asText(), word.path("text").asText()));
            }
            JsonNode theme = group.get("theme");
            groups.add(new Group(theme == null || theme.isNull() ? null : theme.asText(), List.copyOf(words)));
        }
        return new SharedWordsData(
                root.get("k").asInt(), groups, root.path("suppressed").asInt());
    }
}
