package dev.opsdojo.content;

/** One thing wrong with a content file, located for the person who has to fix it. */
public record ContentProblem(String file, int line, String message) implements Comparable<ContentProblem> {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }

    @Override
    public int compareTo(ContentProblem other) {
        int byFile = file.compareTo(other.file);
        return byFile != 0 ? byFile : Integer.compare(line, other.line);
    }
}
