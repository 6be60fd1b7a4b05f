package dev.opsdojo.calc.iam;

import java.util.List;

/** A parsed identity-based policy: its Version (null when absent) and its statements in order. */
public record IamPolicy(String version, List<PolicyStatement> statements) {
    public static final String CURRENT_VERSION = "2012-10-17";
    public static final String OLD_VERSION = "2008-10-17";

    public IamPolicy {
        statements = List.copyOf(statements);
    }

    /** Parses policy JSON; see {@link IamPolicyParser#parse(String)}. */
    public static IamPolicy parse(String json) throws PolicyParseException {
        return IamPolicyParser.parse(json);
    }
}
