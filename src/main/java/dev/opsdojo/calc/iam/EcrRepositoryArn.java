package dev.opsdojo.calc.iam;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ARN of one private ECR repository, {@code arn:PARTITION:ecr:REGION:ACCOUNT:repository/NAME}. The name follows
 * ECR's rule: lower-case letters and digits, separated by {@code . _ -}, with {@code /} for namespaces, 2-256 characters.
 */
public record EcrRepositoryArn(String partition, String region, String accountId, String repositoryName) {
    private static final Pattern ARN = Pattern.compile(
            "arn:(aws|aws-cn|aws-us-gov):ecr:([a-z]{2}(?:-[a-z]+)+-\\d{1,2}):(\\d{12}):repository/(.+)");
    private static final Pattern NAME = Pattern.compile(
            "(?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*");

    /**
     * Parses an ECR repository ARN.
     *
     * @throws IllegalArgumentException with a sentence saying what is wrong
     */
    public static EcrRepositoryArn parse(String text) {
        String arn = text == null ? "" : text.strip();
        Matcher m = ARN.matcher(arn);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + arn + "' is not an ECR repository ARN such as "
                    + "arn:aws:ecr:ap-northeast-2:123456789012:repository/my-app");
        }
        String name = m.group(4);
        if (!validName(name)) {
            throw new IllegalArgumentException("'" + name + "' is not a valid ECR repository name (lower-case letters, "
                    + "digits, . _ - and / for namespaces, 2-256 characters)");
        }
        return new EcrRepositoryArn(m.group(1), m.group(2), m.group(3), name);
    }

    public static boolean validName(String name) {
        return name != null && name.length() >= 2 && name.length() <= 256 && NAME.matcher(name).matches();
    }

    public String arn() {
        return "arn:" + partition + ":ecr:" + region + ":" + accountId + ":repository/" + repositoryName;
    }

    @Override
    public String toString() {
        return arn();
    }
}
