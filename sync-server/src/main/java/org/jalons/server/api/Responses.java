package org.jalons.server.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jalons.server.model.Json;
import org.jalons.server.service.TextRule;

/** Writes JSON answers, including the one shape of every error: {"error":code,"message":sentence}. */
final class Responses {

    /**
     * The server's mapper, with every string and key repaired by the text rule on the way out: a name stored before
     * the rule (or a refused value quoted in a message) cannot make an answer fail to write (Jackson refuses to
     * write a lone surrogate as UTF-8).
     */
    private static final ObjectMapper ANSWERS = Json.MAPPER
            .copy()
            .registerModule(new SimpleModule("text-rule")
                    .addSerializer(String.class, new JsonSerializer<>() {
                        @Override
                        public void serialize(String value, JsonGenerator gen, SerializerProvider provider)
                                throws IOException {
                            gen.writeString(TextRule.repair(value));
                        }
                    })
                    .addKeySerializer(String.class, new JsonSerializer<>() {
                        @Override
                        public void serialize(String value, JsonGenerator gen, SerializerProvider provider)
                                throws IOException {
                            gen.writeFieldName(TextRule.repair(value));
                        }
                    }));

    private Responses() {}

    static void json(Context ctx, int status, Object body) {
        try {
            ctx.status(status).contentType("application/json").result(ANSWERS.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static void error(Context ctx, int status, String code, String message) {
        ctx.attribute(ServerMetrics.ERROR_CODE, code);
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", code);
        body.put("message", message);
        json(ctx, status, body);
    }
}
