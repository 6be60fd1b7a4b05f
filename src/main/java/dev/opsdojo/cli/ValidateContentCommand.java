package dev.opsdojo.cli;

import dev.opsdojo.content.BuiltInContent;
import dev.opsdojo.content.ContentLibrary;
import dev.opsdojo.content.ContentLoader;
import dev.opsdojo.content.ContentProblem;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Checks lessons the way the app loads them and lists every problem, one line each, as FILE:LINE: MESSAGE. */
@Command(name = "validate-content", mixinStandardHelpOptions = true,
        description = {"Check a content folder: front matter, topics, duplicate ids, links, images and widgets.",
                "Prints one line per problem (FILE:LINE: MESSAGE) and exits with 1 if there is any.",
                "Without DIR, checks the built-in content (and --content, if given)."})
public final class ValidateContentCommand implements Callable<Integer> {
    public static final int EXIT_PROBLEMS = 1;
    public static final int EXIT_USAGE = 2;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "The content folder to check (with lessons/<lang>/*.md).")
    Path dir;

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<ContentLoader.Root> roots = new ArrayList<>();
        roots.add(BuiltInContent.asRoot());
        Path extra = dir != null ? dir : root.contentDir().orElse(null);
        if (extra != null) {
            if (!Files.isDirectory(extra)) {
                err.println("validate-content: " + extra + " is not a folder");
                return EXIT_USAGE;
            }
            roots.add(new ContentLoader.Root(extra.toAbsolutePath().normalize(), extra.toString().replace('\\', '/').replaceAll("/+$", "")));
        }
        ContentLibrary library = new ContentLoader().load(roots);
        List<ContentProblem> problems = library.problems();
        problems.forEach(out::println);
        out.flush();
        int lessons = library.lessonCount();
        if (problems.isEmpty()) {
            err.println("OK: " + lessons + " lessons and " + library.cardIds().size() + " cards in " + library.topics().size() + " topics, no problems.");
            return 0;
        }
        err.println(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " found; "
                + library.brokenLessons().size() + " lesson file(s) could not be loaded.");
        return EXIT_PROBLEMS;
    }
}
