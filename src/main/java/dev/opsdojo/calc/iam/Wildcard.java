package dev.opsdojo.calc.iam;

import java.util.Locale;
import java.util.regex.Pattern;

/** IAM's two wildcard characters: {@code *} matches any run of characters (also none), {@code ?} exactly one. */
public final class Wildcard {
    private Wildcard() {
    }

    /** Whether {@code text} matches {@code pattern} entirely, comparing characters exactly. */
    public static boolean matches(String pattern, String text) {
        return toRegex(pattern).matcher(text).matches();
    }

    /**
     * Action matching as IAM does it: the whole {@code service:action} string, ignoring case, with wildcards.
     * {@code "*"} matches every action.
     */
    public static boolean actionMatches(String pattern, String action) {
        return matches(pattern.toLowerCase(Locale.ROOT), action.toLowerCase(Locale.ROOT));
    }

    /**
     * Resource matching as IAM does it for ARNs: {@code "*"} matches everything; otherwise the pattern and the ARN
     * are compared segment by segment (partition, service, region, account, then the resource part, which may contain
     * {@code /} and {@code :}), case-sensitively, with wildcards inside each segment. A pattern that is not an ARN
     * matches nothing, and nothing but {@code "*"} matches the resource {@code "*"}.
     */
    public static boolean resourceMatches(String pattern, String resource) {
        if (pattern.equals("*")) {
            return true;
        }
        String[] p = pattern.split(":", 6);
        String[] r = resource.split(":", 6);
        if (p.length != 6 || r.length != 6 || !p[0].equals("arn") || !r[0].equals("arn")) {
            return false;
        }
        for (int i = 1; i < 6; i++) {
            if (!matches(p[i], r[i])) {
                return false;
            }
        }
        return true;
    }

    public static boolean hasWildcard(String pattern) {
        return pattern.indexOf('*') >= 0 || pattern.indexOf('?') >= 0;
    }

    private static Pattern toRegex(String pattern) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            if (c == '*' || c == '?') {
                if (literal.length() > 0) {
                    regex.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                regex.append(c == '*' ? ".*" : ".");
            } else {
                literal.append(c);
            }
        }
        if (literal.length() > 0) {
            regex.append(Pattern.quote(literal.toString()));
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
