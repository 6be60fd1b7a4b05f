package dev.opsdojo.calc.iam;

import java.util.List;

/**
 * One statement of an identity-based policy. {@code number} counts from 1 in the order written; {@code line} and
 * {@code column} locate the statement in the pasted text. With {@code notAction} the statement applies to every action
 * its list does not match; with {@code notResource}, likewise for resources.
 */
public record PolicyStatement(int number, String sid, Effect effect, List<String> actions, boolean notAction,
                              List<String> resources, boolean notResource, List<String> conditionOperators,
                              int line, int column) {
    public enum Effect { ALLOW, DENY }

    public PolicyStatement {
        actions = List.copyOf(actions);
        resources = List.copyOf(resources);
        conditionOperators = List.copyOf(conditionOperators);
    }

    public boolean conditional() {
        return !conditionOperators.isEmpty();
    }

    /** "statement 2 (Sid PushOnly)" or "statement 2": how findings name it. */
    public String label() {
        return sid == null || sid.isEmpty() ? "statement " + number : "statement " + number + " (Sid " + sid + ")";
    }

    /** Whether this statement covers the action, by Action (any pattern matches) or NotAction (none matches). */
    public boolean appliesToAction(String action) {
        boolean matched = actions.stream().anyMatch(p -> Wildcard.actionMatches(p, action));
        return notAction != matched;
    }

    /** Whether this statement covers the resource, by Resource (any pattern matches) or NotResource (none matches). */
    public boolean appliesToResource(String resource) {
        boolean matched = resources.stream().anyMatch(p -> Wildcard.resourceMatches(p, resource));
        return notResource != matched;
    }

    public boolean appliesTo(String action, String resource) {
        return appliesToAction(action) && appliesToResource(resource);
    }
}
