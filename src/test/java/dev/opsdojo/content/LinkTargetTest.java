package dev.opsdojo.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Where a link in a lesson goes: only the web and the app's own schemes; anything else is refused. */
class LinkTargetTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "https://example.com/page         | Web",
            "http://example.com               | Web",
            "HTTPS://EXAMPLE.COM              | Web",
            "mailto:someone@example.com       | Web",
            "lesson:availability-nines        | LessonLink",
            "LESSON:availability-nines        | LessonLink",
            "card:hpa-formula                 | CardLink",
            "sim:scale-out                    | SimLink",
            "sim:scale-out?preset=flash-sale  | SimLink",
            "calc:nines                       | CalcLink",
            "file:///etc/passwd               | Refused",
            "javascript:alert(1)              | Refused",
            "data:text/html,hello             | Refused",
            "ftp://example.com/file           | Refused",
            "other.md                         | Refused",
            "../ko/other.md                   | Refused",
            "/absolute/path                   | Refused",
            "#anchor                          | Refused",
            ":no-scheme                       | Refused",
            "lesson:                          | Refused",
            "lesson:Upper                     | Refused",
            "lesson:../escape                 | Refused",
            "card:has space                   | Refused",
            "calc:                            | Refused",
            "sim:?preset=x                    | Refused",
            "https://exa mple.com             | Refused",
    })
    void eachHrefHasOneKind(String href, String kind) {
        assertThat(LinkTarget.parse(href).getClass().getSimpleName()).isEqualTo(kind);
    }

    @Test
    void anEmptyOrMissingHrefIsRefused() {
        assertThat(LinkTarget.parse("")).isInstanceOf(LinkTarget.Refused.class);
        assertThat(LinkTarget.parse("   ")).isInstanceOf(LinkTarget.Refused.class);
        assertThat(LinkTarget.parse(null)).isInstanceOf(LinkTarget.Refused.class);
    }

    @Test
    void surroundingWhitespaceIsIgnored() {
        assertThat(LinkTarget.parse("  lesson:availability-nines \n")).isEqualTo(new LinkTarget.LessonLink("availability-nines"));
    }

    @Test
    void aWebLinkKeepsItsWholeAddress() {
        assertThat(LinkTarget.parse("https://example.com/a?b=c#d")).isEqualTo(new LinkTarget.Web(URI.create("https://example.com/a?b=c#d")));
    }

    @Test
    void inAppLinksCarryTheirId() {
        assertThat(LinkTarget.parse("lesson:scaling-up-vs-out")).isEqualTo(new LinkTarget.LessonLink("scaling-up-vs-out"));
        assertThat(LinkTarget.parse("card:hpa-formula")).isEqualTo(new LinkTarget.CardLink("hpa-formula"));
        assertThat(LinkTarget.parse("calc:nines")).isEqualTo(new LinkTarget.CalcLink("nines"));
    }

    @Test
    void simParametersAreDecodedInOrder() {
        LinkTarget target = LinkTarget.parse("sim:scale-out?preset=flash-sale&users=100000");

        assertThat(target).isEqualTo(new LinkTarget.SimLink("scale-out", Map.of("preset", "flash-sale", "users", "100000")));
    }

    @Test
    void simParametersArePercentDecoded() {
        LinkTarget.SimLink sim = (LinkTarget.SimLink) LinkTarget.parse("sim:scale-out?title=flash%20sale&ratio=50%25&tag=a+b");

        assertThat(sim.params()).containsEntry("title", "flash sale").containsEntry("ratio", "50%").containsEntry("tag", "a b");
    }

    @Test
    void aSimParameterWithoutValueIsEmptyAndEmptyPairsAreSkipped() {
        LinkTarget.SimLink sim = (LinkTarget.SimLink) LinkTarget.parse("sim:scale-out?paused&&users=5&");

        assertThat(sim.params()).isEqualTo(Map.of("paused", "", "users", "5"));
    }

    @Test
    void aSimWithoutParametersHasNone() {
        assertThat(LinkTarget.parse("sim:deploy")).isEqualTo(new LinkTarget.SimLink("deploy", Map.of()));
    }

    @Test
    void aRefusalKeepsTheHrefAndSaysWhy() {
        assertThat(LinkTarget.parse("file:///etc/passwd"))
                .isEqualTo(new LinkTarget.Refused("file:///etc/passwd", "links with the scheme 'file:' are not allowed in lessons"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sim:scale-out?users=100%", "sim:scale-out?users=%zz", "sim:scale-out?%=1"})
    void aMalformedPercentEscapeIsRefusedNotThrown(String href) {
        assertThatCode(() -> LinkTarget.parse(href)).doesNotThrowAnyException();
        assertThat(LinkTarget.parse(href)).isInstanceOf(LinkTarget.Refused.class);
    }
}
