package dev.opsdojo.calc.iam;

/**
 * The text is not an identity-based IAM policy the checker can evaluate. {@code line} and {@code column} are 1-based
 * and point at the offending token (for structural problems, at the element's key).
 */
public final class PolicyParseException extends Exception {
    private final transient Message problem;
    private final int line;
    private final int column;

    public PolicyParseException(Message problem, int line, int column) {
        super(line + ":" + column + ": " + problem.english());
        this.problem = problem;
        this.line = line;
        this.column = column;
    }

    public Message problem() {
        return problem;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
