package dev.opsdojo.calc.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the parser accepts as an identity-based policy, and where it points when it does not. */
class IamPolicyParserTest {
    private static PolicyParseException error(String json) {
        return catchThrowableOfType(PolicyParseException.class, () -> IamPolicy.parse(json));
    }

    @Test
    void malformedJsonIsReportedAtTheUnexpectedToken() throws Exception {
        // Line 5 lacks the comma after "Allow": the parser stumbles on the quote that opens "Action" on line 6.
        PolicyParseException e = error(EcrPermissionCheckTest.resource("malformed-missing-comma.json"));

        assertThat(e.problem().kind()).isEqualTo(IamMessage.MALFORMED_JSON);
        assertThat(e.line()).isEqualTo(6);
        assertThat(e.column()).isEqualTo(7);
        assertThat(e.problem().english()).contains("comma");
    }

    @Test
    void aJsonObjectThatIsNotAPolicyNamesTheUnknownKeyAndWhereItIs() throws Exception {
        PolicyParseException e = error(EcrPermissionCheckTest.resource("not-a-policy.json"));

        assertThat(e.problem().kind()).isEqualTo(IamMessage.UNKNOWN_POLICY_KEY);
        assertThat(e.problem().args()).containsExactly("foo");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(2);
    }

    @Test
    void aPrincipalMeansAResourceBasedPolicy() throws Exception {
        PolicyParseException e = error(EcrPermissionCheckTest.resource("repository-policy-with-principal.json"));

        assertThat(e.problem().kind()).isEqualTo(IamMessage.PRINCIPAL_IN_IDENTITY_POLICY);
        assertThat(e.problem().english()).contains("resource-based policy");
        assertThat(e.line()).isEqualTo(7);
        assertThat(e.column()).isEqualTo(7);
    }

    @Test
    void aMisspelledStatementElementIsNamedAtItsKey() throws Exception {
        PolicyParseException e = error(EcrPermissionCheckTest.resource("unknown-statement-key.json"));

        assertThat(e.problem().kind()).isEqualTo(IamMessage.UNKNOWN_STATEMENT_KEY);
        assertThat(e.problem().args()).containsExactly("Actions");
        assertThat(e.line()).isEqualTo(6);
        assertThat(e.column()).isEqualTo(7);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            []                                                                                 | NOT_AN_OBJECT
            {"Version":"2012-10-17"}                                                           | NO_STATEMENT
            {"Version":"2012-10-17","Statement":[]}                                            | STATEMENT_EMPTY_ARRAY
            {"Version":"2012-10-17","Statement":["Allow"]}                                     | STATEMENT_NOT_OBJECT
            {"Version":"2020-01-01","Statement":{"Effect":"Allow","Action":"*","Resource":"*"}} | BAD_VERSION
            {"Statement":{"Effect":"allow","Action":"*","Resource":"*"}}                       | BAD_EFFECT
            {"Statement":{"Action":"*","Resource":"*"}}                                        | MISSING_EFFECT
            {"Statement":{"Effect":"Allow","Action":"PutImage","Resource":"*"}}                | BAD_ACTION
            {"Statement":{"Effect":"Allow","Action":"e*:PutImage","Resource":"*"}}             | BAD_ACTION
            {"Statement":{"Effect":"Allow","Action":"*","NotAction":"iam:*","Resource":"*"}}   | ACTION_AND_NOT_ACTION
            {"Statement":{"Effect":"Allow","Resource":"*"}}                                    | NO_ACTION
            {"Statement":{"Effect":"Allow","Action":"*"}}                                      | NO_RESOURCE
            {"Statement":{"Effect":"Allow","Action":"*","Resource":"*","NotResource":"*"}}     | RESOURCE_AND_NOT_RESOURCE
            {"Statement":{"Effect":"Allow","Action":[1],"Resource":"*"}}                       | NOT_A_STRING_LIST
            {"Statement":{"Effect":"Allow","Action":[],"Resource":"*"}}                        | EMPTY_LIST
            {"Statement":{"Effect":"Allow","Action":"*","Resource":"*","Condition":"yes"}}     | BAD_CONDITION
            {"Statement":{"Effect":"Allow","Effect":"Deny","Action":"*","Resource":"*"}}       | MALFORMED_JSON
            {"Statement":{"Effect":"Allow","Action":"*","Resource":"*"}} {}                    | MALFORMED_JSON
            """)
    void whatIamWouldRejectIsAnError(String json, IamMessage expected) {
        assertThat(error(json).problem().kind()).isEqualTo(expected);
    }

    @Test
    void blankInputIsAnError() {
        assertThat(error("  \n").problem().kind()).isEqualTo(IamMessage.EMPTY_INPUT);
    }

    @Test
    void aSingleStatementObjectAndStringValuesAreAccepted() throws Exception {
        IamPolicy policy = IamPolicy.parse("""
                {"Version":"2008-10-17","Statement":{"Sid":"A","Effect":"Deny","NotAction":"ecr:Get*","NotResource":"*",
                 "Condition":{"Bool":{"aws:SecureTransport":"false"}}}}""");

        PolicyStatement s = policy.statements().get(0);
        assertThat(policy.version()).isEqualTo("2008-10-17");
        assertThat(s.number()).isEqualTo(1);
        assertThat(s.sid()).isEqualTo("A");
        assertThat(s.effect()).isEqualTo(PolicyStatement.Effect.DENY);
        assertThat(s.notAction()).isTrue();
        assertThat(s.actions()).containsExactly("ecr:Get*");
        assertThat(s.notResource()).isTrue();
        assertThat(s.conditionOperators()).containsExactly("Bool");
    }

    @Test
    void eachStatementKnowsWhereItStarts() throws Exception {
        IamPolicy policy = IamPolicy.parse("{\"Statement\": [\n  {\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"},\n"
                + "    {\"Effect\":\"Deny\",\"Action\":\"*\",\"Resource\":\"*\"}]}");

        assertThat(policy.statements()).extracting(PolicyStatement::line).containsExactly(2, 3);
        assertThat(policy.statements()).extracting(PolicyStatement::column).containsExactly(3, 5);
    }
}
