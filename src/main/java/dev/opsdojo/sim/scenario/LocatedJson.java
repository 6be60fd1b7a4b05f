package dev.opsdojo.sim.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A JSON tree read with the line and column of every key and value, keyed by path ({@code pods.replicas}, {@code a[0]}). */
final class LocatedJson {
    record Pos(int line, int column) {
        static final Pos NONE = new Pos(0, 0);
    }

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32).maxStringLength(100_000).maxNumberLength(100).build())
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(false);

    final Map<String, Pos> valuePos = new HashMap<>();
    final Map<String, Pos> keyPos = new HashMap<>();
    JsonNode root;

    /** Reads {@code text}; a syntax error or a duplicate key is added to {@code problems} (root stays null on a syntax error). */
    static LocatedJson read(String text, List<ScenarioProblem> problems) {
        LocatedJson json = new LocatedJson();
        try (JsonParser parser = FACTORY.createParser(text)) {
            if (parser.nextToken() == null) {
                problems.add(new ScenarioProblem("", "the file is empty; a scenario is a JSON object { … }", 1, 1));
                return json;
            }
            JsonNode root = json.value(parser, "", problems);
            if (parser.nextToken() != null) {
                Pos at = pos(parser.currentTokenLocation());
                problems.add(new ScenarioProblem("", "invalid JSON: unexpected text after the end of the scenario object", at.line(), at.column()));
                return json;
            }
            json.root = root;
        } catch (JsonProcessingException e) {
            Pos at = e.getLocation() == null ? Pos.NONE : pos(e.getLocation());
            problems.add(new ScenarioProblem("", "invalid JSON: " + firstLine(e.getOriginalMessage()), at.line(), at.column()));
        } catch (IOException e) {
            problems.add(new ScenarioProblem("", "cannot read: " + e.getMessage(), 0, 0));
        }
        return json;
    }

    Pos valueAt(String path) {
        return valuePos.getOrDefault(path, Pos.NONE);
    }

    Pos keyAt(String path) {
        return keyPos.getOrDefault(path, valueAt(path));
    }

    private JsonNode value(JsonParser parser, String path, List<ScenarioProblem> problems) throws IOException {
        valuePos.put(path, pos(parser.currentTokenLocation()));
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    String childPath = path.isEmpty() ? key : path + "." + key;
                    Pos keyPosition = pos(parser.currentTokenLocation());
                    parser.nextToken();
                    if (object.has(key)) {
                        problems.add(new ScenarioProblem(childPath, "duplicate key (it is already given above)", keyPosition.line(), keyPosition.column()));
                        value(parser, childPath + "#duplicate", problems);
                        continue;
                    }
                    keyPos.put(childPath, keyPosition);
                    object.set(key, value(parser, childPath, problems));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(value(parser, path + "[" + index++ + "]", problems));
                }
                return array;
            }
            case VALUE_STRING -> {
                return NODES.textNode(parser.getText());
            }
            case VALUE_NUMBER_INT -> {
                return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                        ? NODES.numberNode(parser.getBigIntegerValue()) : NODES.numberNode(parser.getLongValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                return NODES.numberNode(parser.getDoubleValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> throw new IllegalStateException("unexpected JSON token " + token);
        }
    }

    private static Pos pos(JsonLocation location) {
        return new Pos(Math.max(0, location.getLineNr()), Math.max(0, location.getColumnNr()));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
