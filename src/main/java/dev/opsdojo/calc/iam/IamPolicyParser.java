package dev.opsdojo.calc.iam;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an identity-based IAM policy from JSON and rejects what IAM would reject, each time with the line and column:
 * malformed JSON (including duplicate keys), a document that is not a policy, unknown elements, a {@code Principal}
 * (that belongs to resource-based policies), an Effect other than {@code Allow}/{@code Deny}, a statement with both or
 * neither of Action/NotAction or Resource/NotResource, and actions not of the form {@code service:action}.
 */
public final class IamPolicyParser {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final Set<String> POLICY_KEYS = Set.of("Version", "Id", "Statement");
    private static final Set<String> STATEMENT_KEYS = Set.of("Sid", "Effect", "Action", "NotAction", "Resource",
            "NotResource", "Condition");

    private IamPolicyParser() {
    }

    public static IamPolicy parse(String json) throws PolicyParseException {
        if (json == null || json.isBlank()) {
            throw new PolicyParseException(Message.of(IamMessage.EMPTY_INPUT), 1, 1);
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 1 : Math.max(1, at.getLineNr());
            int column = at == null ? 1 : Math.max(1, at.getColumnNr());
            throw new PolicyParseException(Message.of(IamMessage.MALFORMED_JSON, firstLine(e.getOriginalMessage())), line, column);
        }
        Locations at = Locations.of(json);
        if (root == null || !root.isObject()) {
            throw at.error("", IamMessage.NOT_AN_OBJECT, describe(root));
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (key.equals("Principal") || key.equals("NotPrincipal")) {
                throw at.error("/" + key, IamMessage.PRINCIPAL_IN_IDENTITY_POLICY, key);
            }
            if (!POLICY_KEYS.contains(key)) {
                throw at.error("/" + escape(key), IamMessage.UNKNOWN_POLICY_KEY, key);
            }
        }
        String version = null;
        if (root.has("Version")) {
            JsonNode v = root.get("Version");
            version = v.isTextual() ? v.asText() : v.toString();
            if (!version.equals(IamPolicy.CURRENT_VERSION) && !version.equals(IamPolicy.OLD_VERSION)) {
                throw at.error("/Version", IamMessage.BAD_VERSION, version);
            }
        }
        JsonNode statementNode = root.get("Statement");
        if (statementNode == null) {
            throw at.error("", IamMessage.NO_STATEMENT);
        }
        List<PolicyStatement> statements = new ArrayList<>();
        if (statementNode.isArray()) {
            if (statementNode.isEmpty()) {
                throw at.error("/Statement", IamMessage.STATEMENT_EMPTY_ARRAY);
            }
            for (int i = 0; i < statementNode.size(); i++) {
                statements.add(statement(statementNode.get(i), "/Statement/" + i, i + 1, at));
            }
        } else {
            statements.add(statement(statementNode, "/Statement", 1, at));
        }
        return new IamPolicy(version, statements);
    }

    private static PolicyStatement statement(JsonNode node, String pointer, int number, Locations at)
            throws PolicyParseException {
        if (!node.isObject()) {
            throw at.error(pointer, IamMessage.STATEMENT_NOT_OBJECT, describe(node));
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (key.equals("Principal") || key.equals("NotPrincipal")) {
                throw at.error(pointer + "/" + key, IamMessage.PRINCIPAL_IN_IDENTITY_POLICY, key);
            }
            if (!STATEMENT_KEYS.contains(key)) {
                throw at.error(pointer + "/" + escape(key), IamMessage.UNKNOWN_STATEMENT_KEY, key);
            }
        }
        String sid = null;
        if (node.has("Sid")) {
            if (!node.get("Sid").isTextual()) {
                throw at.error(pointer + "/Sid", IamMessage.BAD_SID);
            }
            sid = node.get("Sid").asText();
        }
        JsonNode effectNode = node.get("Effect");
        if (effectNode == null) {
            throw at.error(pointer, IamMessage.MISSING_EFFECT);
        }
        PolicyStatement.Effect effect;
        if (effectNode.isTextual() && effectNode.asText().equals("Allow")) {
            effect = PolicyStatement.Effect.ALLOW;
        } else if (effectNode.isTextual() && effectNode.asText().equals("Deny")) {
            effect = PolicyStatement.Effect.DENY;
        } else {
            throw at.error(pointer + "/Effect", IamMessage.BAD_EFFECT, effectNode.toString());
        }
        boolean hasAction = node.has("Action");
        boolean hasNotAction = node.has("NotAction");
        if (hasAction && hasNotAction) {
            throw at.error(pointer + "/NotAction", IamMessage.ACTION_AND_NOT_ACTION);
        }
        if (!hasAction && !hasNotAction) {
            throw at.error(pointer, IamMessage.NO_ACTION);
        }
        String actionKey = hasAction ? "Action" : "NotAction";
        List<String> actions = strings(node.get(actionKey), pointer + "/" + actionKey, actionKey, at);
        for (int i = 0; i < actions.size(); i++) {
            String a = actions.get(i);
            int colon = a.indexOf(':');
            boolean valid = a.equals("*") || (colon > 0 && colon < a.length() - 1 && a.indexOf(':', colon + 1) < 0
                    && !Wildcard.hasWildcard(a.substring(0, colon)));
            if (!valid) {
                String p = node.get(actionKey).isArray() ? pointer + "/" + actionKey + "/" + i : pointer + "/" + actionKey;
                throw at.error(p, IamMessage.BAD_ACTION, a);
            }
        }
        boolean hasResource = node.has("Resource");
        boolean hasNotResource = node.has("NotResource");
        if (hasResource && hasNotResource) {
            throw at.error(pointer + "/NotResource", IamMessage.RESOURCE_AND_NOT_RESOURCE);
        }
        if (!hasResource && !hasNotResource) {
            throw at.error(pointer, IamMessage.NO_RESOURCE);
        }
        String resourceKey = hasResource ? "Resource" : "NotResource";
        List<String> resources = strings(node.get(resourceKey), pointer + "/" + resourceKey, resourceKey, at);
        List<String> operators = new ArrayList<>();
        if (node.has("Condition")) {
            JsonNode condition = node.get("Condition");
            if (!condition.isObject() || condition.isEmpty()) {
                throw at.error(pointer + "/Condition", IamMessage.BAD_CONDITION);
            }
            condition.fieldNames().forEachRemaining(operators::add);
        }
        int[] lineColumn = at.find(pointer);
        return new PolicyStatement(number, sid, effect, actions, hasNotAction, resources, hasNotResource, operators,
                lineColumn[0], lineColumn[1]);
    }

    private static List<String> strings(JsonNode node, String pointer, String key, Locations at)
            throws PolicyParseException {
        List<String> values = new ArrayList<>();
        if (node.isTextual()) {
            values.add(node.asText());
        } else if (node.isArray()) {
            if (node.isEmpty()) {
                throw at.error(pointer, IamMessage.EMPTY_LIST, key);
            }
            for (int i = 0; i < node.size(); i++) {
                if (!node.get(i).isTextual()) {
                    throw at.error(pointer + "/" + i, IamMessage.NOT_A_STRING_LIST, key);
                }
                values.add(node.get(i).asText());
            }
        } else {
            throw at.error(pointer, IamMessage.NOT_A_STRING_LIST, key);
        }
        return values;
    }

    private static String describe(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return "null";
        }
        if (node.isArray()) {
            return "an array";
        }
        if (node.isTextual()) {
            return "a string";
        }
        if (node.isNumber()) {
            return "a number";
        }
        if (node.isBoolean()) {
            return "a boolean";
        }
        return "an object";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    /** Where each element starts in the text, by JSON Pointer: keys at their name, array items at their value. */
    private static final class Locations {
        private final Map<String, int[]> byPointer = new HashMap<>();

        static Locations of(String json) {
            Locations locations = new Locations();
            try (JsonParser p = FACTORY.createParser(json)) {
                JsonToken t;
                while ((t = p.nextToken()) != null) {
                    JsonStreamContext ctx = (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY)
                            ? p.getParsingContext().getParent() : p.getParsingContext();
                    if (ctx == null || t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                        continue;
                    }
                    if (t == JsonToken.FIELD_NAME || ctx.inArray()) {
                        JsonLocation loc = p.currentTokenLocation();
                        locations.byPointer.putIfAbsent(ctx.pathAsPointer().toString(),
                                new int[] {loc.getLineNr(), loc.getColumnNr()});
                    }
                }
            } catch (IOException e) {
                // Already parsed once without error; locations are best effort.
            }
            return locations;
        }

        int[] find(String pointer) {
            String p = pointer;
            while (!p.isEmpty()) {
                int[] found = byPointer.get(p);
                if (found != null) {
                    return found;
                }
                p = p.substring(0, p.lastIndexOf('/'));
            }
            return new int[] {1, 1};
        }

        PolicyParseException error(String pointer, IamMessage kind, String... args) {
            int[] lc = find(pointer);
            return new PolicyParseException(Message.of(kind, args), lc[0], lc[1]);
        }
    }
}
