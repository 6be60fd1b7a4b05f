package dev.opsdojo.calc.iam;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** IAM's * and ? in actions (any case) and in ARNs (exact case, segment by segment). */
class WildcardTest {
    @ParameterizedTest(name = "{0} vs {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ecr:PutImage         | ecr:PutImage              | true
            ECR:putimage         | ecr:PutImage              | true
            ecr:Put*             | ecr:PutLifecyclePolicy    | true
            ecr:Put*             | ecr:BatchGetImage         | false
            ecr:*Image           | ecr:BatchGetImage         | true
            ecr:?utImage         | ecr:PutImage              | true
            ecr:?utImage         | ecr:PPutImage             | false
            *                    | iam:CreateUser            | true
            ecr:PutImage         | ecr:PutImageTagMutability | false
            ecr-public:PutImage  | ecr:PutImage              | false
            """)
    void actionsMatchIgnoringCase(String pattern, String action, boolean expected) {
        assertThat(Wildcard.actionMatches(pattern, action)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} vs {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            *                                                    | arn:aws:ecr:ap-northeast-2:123456789012:repository/app | true
            *                                                    | *                                                      | true
            arn:aws:ecr:*:123456789012:repository/*              | arn:aws:ecr:ap-northeast-2:123456789012:repository/app | true
            arn:aws:ecr:*:*:*                                    | arn:aws:ecr:ap-northeast-2:123456789012:repository/app | true
            arn:aws:ecr:ap-northeast-2:123456789012:repository/App | arn:aws:ecr:ap-northeast-2:123456789012:repository/app | false
            arn:aws:ecr:ap-northeast-2:123456789012:repository/app-* | arn:aws:ecr:ap-northeast-2:123456789012:repository/app | false
            arn:aws:ecr:ap-northeast-2:123456789012:repository/team/* | arn:aws:ecr:ap-northeast-2:123456789012:repository/team/api | true
            arn:aws:ecr:*                                        | arn:aws:ecr:ap-northeast-2:123456789012:repository/app | false
            arn:aws:ecr:ap-northeast-?:123456789012:repository/app | arn:aws:ecr:ap-northeast-2:123456789012:repository/app | true
            arn:aws:ecr:*:*:repository/app                       | *                                                      | false
            repository/app                                       | arn:aws:ecr:ap-northeast-2:123456789012:repository/app | false
            """)
    void resourcesMatchSegmentBySegmentWithCase(String pattern, String resource, boolean expected) {
        assertThat(Wildcard.resourceMatches(pattern, resource)).isEqualTo(expected);
    }

    @Property
    void aPatternWithoutWildcardsMatchesOnlyItself(@ForAll @Chars({'a', 'b', '/', ':', '.'}) @CharRange(from = 'c', to = 'z') String text) {
        assertThat(Wildcard.matches(text, text)).isTrue();
        assertThat(Wildcard.matches(text, text + "x")).isFalse();
    }

    @Property
    void aStarMatchesAnyText(@ForAll String text) {
        assertThat(Wildcard.matches("*", text)).isTrue();
        assertThat(Wildcard.matches("*" + "?", text)).isEqualTo(!text.isEmpty());
    }
}
