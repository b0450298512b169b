package org.jalons.server.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jalons.server.model.Json;

/**
 * A request body read into its record of {@code org.jalons.protocol.Wire}: a property the record does not have, a
 * missing {@code required} one or a value of the wrong JSON type is a 400 invalid_body, a text breaking the text rule
 * a 400 invalid_text ({@link StrictObject}); Jackson then builds the record from the checked, normalised values.
 */
final class WireBody {

    private WireBody() {}

    static <R extends Record> R read(Context ctx, Class<R> type) {
        return read(JsonBody.read(ctx), type);
    }

    static <R extends Record> R read(JsonNode node, Class<R> type) {
        RecordComponent[] components = type.getRecordComponents();
        Set<String> names =
                Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.toSet());
        StrictObject body = StrictObject.of(node, names);
        ObjectNode checked = Json.object();
        for (RecordComponent component : components) {
            String name = component.getName();
            JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
            boolean required = property != null && property.required();
            if (component.getType() == String.class) {
                checked.put(name, body.text(name, required));
            } else if (component.getType() == UUID.class) {
                UUID id = body.uuid(name, required);
                checked.put(name, id == null ? null : id.toString());
            } else {
                throw new IllegalStateException(type.getSimpleName() + "." + name + ": no check for its type");
            }
        }
        try {
            return Json.MAPPER.treeToValue(checked, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A checked " + type.getSimpleName() + " did not read", e);
        }
    }
}
