package dev.opsdojo.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;

/** Checks what a lesson body points at: links, images and widgets. Each problem names the file line. */
final class LessonBodyValidator {
    private final Predicate<String> lessonExists;
    private final Set<String> knownCardIds;
    private final ScenarioPresets presets;

    LessonBodyValidator(Predicate<String> lessonExists, Set<String> knownCardIds, ScenarioPresets presets) {
        this.lessonExists = lessonExists;
        this.knownCardIds = knownCardIds;
        this.presets = presets;
    }

    List<ContentProblem> validate(Lesson lesson) {
        List<ContentProblem> problems = new ArrayList<>();
        String file = lesson.file().display();
        for (String sim : lesson.meta().sims()) {
            int line = frontMatterLine(lesson, "sims");
            if (LinkTarget.parse(sim) instanceof LinkTarget.SimLink) {
                checkLink(sim, file, line, problems);
            } else {
                problems.add(new ContentProblem(file, line, "sims lists '" + sim + "', which is not a sim: link"));
            }
        }
        for (String card : lesson.meta().cards()) {
            if (!knownCardIds.contains(card)) {
                problems.add(new ContentProblem(file, frontMatterLine(lesson, "cards"), "front matter links to card '" + card + "', which no deck defines"));
            }
        }
        for (SourceRef source : lesson.meta().sources()) {
            if (source == null || source.url() == null || !(LinkTarget.parse(source.url()) instanceof LinkTarget.Web)) {
                problems.add(new ContentProblem(file, frontMatterLine(lesson, "sources"),
                        "source '" + (source == null ? "" : source.title()) + "' needs a web address (https://…)"));
            }
        }
        Node document = Markdown.parse(lesson.body());
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                checkLink(link.getDestination(), file, lineOf(link), problems);
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                if (ContentAssets.resolveImage(lesson.file(), image.getDestination()) instanceof ContentAssets.Rejected rejected) {
                    problems.add(new ContentProblem(file, lineOf(image), rejected.reason()));
                }
            }

            @Override
            public void visit(FencedCodeBlock block) {
                Markdown.widgetOf(block).ifPresent(widget -> {
                    if (!InteractiveCatalog.WIDGETS.containsKey(widget.name())) {
                        problems.add(new ContentProblem(file, lineOf(block),
                                "unknown widget '" + widget.name() + "' (known: " + String.join(", ", InteractiveCatalog.WIDGETS.keySet().stream().sorted().toList()) + ")"));
                    }
                });
            }

            private int lineOf(Node node) {
                int index = Markdown.lineIndexOf(node);
                return index < 0 ? lesson.bodyFirstLine() : lesson.bodyFirstLine() + index;
            }
        });
        return problems;
    }

    /** The line of a top-level front-matter key (front matter ends two lines before the body starts). */
    private static int frontMatterLine(Lesson lesson, String key) {
        try {
            List<String> lines = ContentLoader.readText(lesson.file().path(), ContentLoader.MAX_LESSON_BYTES).lines().toList();
            for (int i = 1; i < Math.min(lines.size(), lesson.bodyFirstLine() - 2); i++) {
                if (lines.get(i).startsWith(key + ":")) {
                    return i + 1;
                }
            }
        } catch (java.io.IOException e) {
            // Fall through: the file was readable a moment ago; line 1 still names the front matter.
        }
        return 1;
    }

    private void checkLink(String href, String file, int line, List<ContentProblem> problems) {
        LinkTarget target = LinkTarget.parse(href);
        String problem = null;
        if (target instanceof LinkTarget.LessonLink l && !lessonExists.test(l.lessonId())) {
            problem = "link to lesson '" + l.lessonId() + "', which does not exist";
        } else if (target instanceof LinkTarget.CardLink c && !knownCardIds.contains(c.cardId())) {
            problem = "link to card '" + c.cardId() + "', which no deck defines";
        } else if (target instanceof LinkTarget.SimLink s && !InteractiveCatalog.SIMULATORS.containsKey(s.name())) {
            problem = "link to unknown simulator '" + s.name() + "'";
        } else if (target instanceof LinkTarget.SimLink s && presets.problemWith(s.name(), s.params()) != null) {
            problem = presets.problemWith(s.name(), s.params());
        } else if (target instanceof LinkTarget.CalcLink c && !InteractiveCatalog.CALCULATORS.containsKey(c.name())) {
            problem = "link to unknown calculator '" + c.name() + "'";
        } else if (target instanceof LinkTarget.Refused r) {
            problem = "link '" + r.href() + "' refused: " + r.reason();
        }
        if (problem != null) {
            problems.add(new ContentProblem(file, line, problem));
        }
    }
}
