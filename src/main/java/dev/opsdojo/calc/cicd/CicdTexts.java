package dev.opsdojo.calc.cicd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The lab's long explanations in English and Korean, from {@code texts.json}: what each pipeline stage does, needs and
 * how it commonly goes wrong; the image-tag strategies; tag immutability; and why long-lived access keys are the weaker
 * choice. A language other than {@code ko} reads English.
 */
public final class CicdTexts {
    private static final String RESOURCE = "/dev/opsdojo/calc/cicd/texts.json";
    private static final JsonNode ROOT = load();

    public record Stage(String title, String does, List<String> needs, List<String> mistakes) {
        public Stage {
            needs = List.copyOf(needs);
            mistakes = List.copyOf(mistakes);
        }
    }

    public record TagStrategyText(String id, boolean immutableFriendly, String name, String example, String pros,
                                  String cons) {
    }

    private CicdTexts() {
    }

    public static Stage stage(PipelineStage stage, String language) {
        JsonNode s = ROOT.path("stages").path(stage.name()).path(lang(language));
        return new Stage(s.path("title").asText(), s.path("does").asText(), list(s.path("needs")), list(s.path("mistakes")));
    }

    public static List<TagStrategyText> tagStrategies(String language) {
        List<TagStrategyText> strategies = new ArrayList<>();
        for (JsonNode t : ROOT.path("tagStrategies")) {
            JsonNode text = t.path(lang(language));
            strategies.add(new TagStrategyText(t.path("id").asText(), t.path("immutable").asBoolean(),
                    text.path("name").asText(), text.path("example").asText(), text.path("pros").asText(),
                    text.path("cons").asText()));
        }
        return strategies;
    }

    public static String immutability(String language) {
        return ROOT.path("immutability").path(lang(language)).asText();
    }

    public static List<String> accessKeyReasons(String language) {
        return list(ROOT.path("accessKeys").path(lang(language)));
    }

    private static String lang(String language) {
        return "ko".equals(language) ? "ko" : "en";
    }

    private static List<String> list(JsonNode array) {
        List<String> items = new ArrayList<>();
        array.forEach(n -> items.add(n.asText()));
        return items;
    }

    private static JsonNode load() {
        try (InputStream in = CicdTexts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
