package dev.opsdojo.calc.iam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The actions of Amazon ECR (service prefix {@code ecr}) as the AWS Service Authorization Reference lists them, read
 * from {@code ecr-actions.json}. Wildcards such as {@code ecr:*} or {@code ecr:Put*} are expanded against this list to
 * say what they really grant.
 */
public final class EcrActions {
    private static final String RESOURCE = "/dev/opsdojo/calc/cicd/ecr-actions.json";
    private static final List<EcrAction> ALL = load();

    private EcrActions() {
    }

    /** One ECR action: its name without the prefix, whether it can be scoped to a repository, and whether it is risky. */
    public record EcrAction(String name, String accessLevel, boolean repositoryScoped, boolean risky) {
        public String qualified() {
            return "ecr:" + name;
        }
    }

    public static List<EcrAction> all() {
        return ALL;
    }

    /** The ECR actions an action pattern (with wildcards, any case) matches, in list order. */
    public static List<EcrAction> matching(String pattern) {
        List<EcrAction> matched = new ArrayList<>();
        for (EcrAction action : ALL) {
            if (Wildcard.actionMatches(pattern, action.qualified())) {
                matched.add(action);
            }
        }
        return matched;
    }

    private static List<EcrAction> load() {
        try (InputStream in = EcrActions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            JsonNode root = new ObjectMapper().readTree(in);
            List<EcrAction> actions = new ArrayList<>();
            for (JsonNode a : root.get("actions")) {
                actions.add(new EcrAction(a.get("name").asText(), a.get("access").asText(),
                        a.get("resource").asText().equals("repository"), a.get("risky").asBoolean()));
            }
            return List.copyOf(actions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
