package dev.opsdojo.srs.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The checksummed envelope and the fast instant parser. */
class StoreJsonTest {
    private static final byte[] JSON = "{\"type\":\"suspend\",\"seq\":42,\"x\":1}".getBytes(StandardCharsets.UTF_8);

    @Property(tries = 300)
    void theEnvelopeOpensToExactlyTheJsonItWraps(@ForAll String text) {
        byte[] json = ("{\"t\":" + text.length() + "}").getBytes(StandardCharsets.UTF_8);
        byte[] envelope = StoreJson.envelope("event", json);

        StoreJson.Opened opened = StoreJson.open("event", envelope, 0, envelope.length);

        assertThat(opened.ok()).isTrue();
        assertThat(new String(envelope, opened.jsonStart(), opened.jsonEnd() - opened.jsonStart(), StandardCharsets.UTF_8))
                .isEqualTo(new String(json, StandardCharsets.UTF_8));
    }

    @Property(tries = 300)
    void anyChangedByteIsCaught(@ForAll @IntRange(min = 0, max = 10_000) int position, @ForAll @IntRange(min = 1, max = 255) int xor) {
        byte[] envelope = StoreJson.envelope("event", JSON);
        envelope[position % envelope.length] ^= (byte) xor;

        assertThat(StoreJson.open("event", envelope, 0, envelope.length).ok()).isFalse();
    }

    @Property(tries = 100)
    void anyCutIsCaught(@ForAll @IntRange(min = 0, max = 10_000) int cut) {
        byte[] envelope = StoreJson.envelope("event", JSON);

        assertThat(StoreJson.open("event", envelope, 0, cut % envelope.length).ok()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"type\":\"suspend\",\"seq\":42,\"x\":1}", "{\"type\":\"undo\",\"seq\":42}"})
    void quickSeqReadsTheSeqWithoutParsing(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);

        assertThat(StoreJson.quickSeq(bytes, 0, bytes.length)).contains(42L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"type\":\"suspend\"}", "{\"seq\":\"42\"}", "{\"seq\":42x}", "{\"seq\":}"})
    void quickSeqGivesUpOnAnythingElse(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);

        assertThat(StoreJson.quickSeq(bytes, 0, bytes.length)).isEqualTo(Optional.empty());
    }

    @Property(tries = 2000)
    void theFastInstantParserAgreesWithTheJdk(@ForAll @LongRange(min = -62_167_219_200L, max = 253_402_300_799L) long epochSecond,
                                              @ForAll @IntRange(min = 0, max = 999_999_999) int nano,
                                              @ForAll @IntRange(min = 0, max = 3) int precision) {
        int truncatedNano = switch (precision) {
            case 0 -> 0;
            case 1 -> nano / 1_000_000 * 1_000_000;
            case 2 -> nano / 1_000 * 1_000;
            default -> nano;
        };
        Instant instant = Instant.ofEpochSecond(epochSecond, truncatedNano);

        assertThat(StoreJson.parseInstant(instant.toString())).isEqualTo(instant);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-03-04T05:06:07.5Z", "2025-03-04T05:06:07.12Z", "2024-02-29T23:59:59.999999999Z",
            "2025-03-04T05:06:07+01:00", "2025-03-04T05:06:07.Z", "2025-03-04T23:59:60Z", "2025-02-29T05:06:07Z",
            "2025-13-04T05:06:07Z", "2025-03-04T24:06:07Z", "2025-03-04T05:06:07.1234567890Z", "2025-03-04 05:06:07Z",
            "2025-3-04T05:06:07Z", "+12025-03-04T05:06:07Z", "2025-03-04T05:06:07z", "garbage", ""})
    void anyOtherTextParsesOrFailsExactlyAsTheJdkDoes(String text) {
        Object jdk;
        try {
            jdk = Instant.parse(text);
        } catch (DateTimeParseException e) {
            jdk = DateTimeParseException.class;
        }
        Object fast;
        try {
            fast = StoreJson.parseInstant(text);
        } catch (DateTimeParseException e) {
            fast = DateTimeParseException.class;
        }
        assertThat(fast).isEqualTo(jdk);
    }
}
