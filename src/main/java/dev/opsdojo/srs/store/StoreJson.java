package dev.opsdojo.srs.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.opsdojo.srs.ReviewEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The JSON of the review store, and the checksummed envelope every record is written in:
 * {@code {"crc":"1a2b3c4d","event":{…}}} where the CRC32 (8 lower-case hex digits) covers exactly the bytes of
 * the inner JSON. Each envelope is still plain JSON, so {@code jq} reads the files, while a flipped byte or a
 * torn write is caught without trusting the parser to notice.
 */
final class StoreJson {
    static final String EVENT_FIELD = "event";
    static final String SNAPSHOT_FIELD = "snapshot";

    private static final byte[] CRC_START = "{\"crc\":\"".getBytes(StandardCharsets.US_ASCII);
    private static final int HEX_DIGITS = 8;

    // java.time as ISO-8601 strings, the same text jackson-datatype-jsr310 writes with WRITE_DATES_AS_TIMESTAMPS off,
    // so the files stay compatible if that module is added to the build later.
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new SimpleModule("opsdojo-java-time")
                    .addSerializer(Instant.class, new ToStringSerializer<>(Instant.class))
                    .addDeserializer(Instant.class, new IsoDeserializer<>(Instant.class, StoreJson::parseInstant))
                    .addSerializer(LocalDate.class, new ToStringSerializer<>(LocalDate.class))
                    .addDeserializer(LocalDate.class, new IsoDeserializer<>(LocalDate.class, LocalDate::parse)))
            // SrsCard.isNew() is derived, not state: only record components are written.
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    static final ObjectWriter EVENT_WRITER = MAPPER.writerFor(ReviewEvent.class);
    static final ObjectReader EVENT_READER = MAPPER.readerFor(ReviewEvent.class);

    private StoreJson() {
    }

    /** {@code {"crc":"…","FIELD":JSON}} as UTF-8 bytes, without a line break. */
    static byte[] envelope(String field, byte[] json) {
        byte[] middle = ("\",\"" + field + "\":").getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[CRC_START.length + HEX_DIGITS + middle.length + json.length + 1];
        int at = 0;
        System.arraycopy(CRC_START, 0, out, at, CRC_START.length);
        at += CRC_START.length;
        writeHex(crc(json, 0, json.length), out, at);
        at += HEX_DIGITS;
        System.arraycopy(middle, 0, out, at, middle.length);
        at += middle.length;
        System.arraycopy(json, 0, out, at, json.length);
        at += json.length;
        out[at] = '}';
        return out;
    }

    /** Where the inner JSON of a checked envelope lies, or why the bytes are not a whole, intact envelope. */
    record Opened(int jsonStart, int jsonEnd, String problem) {
        boolean ok() {
            return problem == null;
        }
    }

    /** Checks the envelope in {@code bytes[start, end)}: its shape, then the checksum of the inner JSON. */
    static Opened open(String field, byte[] bytes, int start, int end) {
        byte[] middle = ("\",\"" + field + "\":").getBytes(StandardCharsets.US_ASCII);
        int jsonStart = start + CRC_START.length + HEX_DIGITS + middle.length;
        int jsonEnd = end - 1;
        if (jsonEnd <= jsonStart || !startsWith(bytes, start, CRC_START) || !startsWith(bytes, start + CRC_START.length + HEX_DIGITS, middle)
                || bytes[jsonEnd] != '}') {
            return new Opened(0, 0, "not a checksummed record (expected {\"crc\":\"…\",\"" + field + "\":…})");
        }
        long expected = readHex(bytes, start + CRC_START.length);
        if (expected < 0) {
            return new Opened(0, 0, "the checksum field is not 8 hex digits");
        }
        long actual = crc(bytes, jsonStart, jsonEnd);
        if (actual != expected) {
            return new Opened(0, 0, String.format("checksum mismatch (stored %08x, computed %08x): the bytes were changed or damaged",
                    expected, actual));
        }
        return new Opened(jsonStart, jsonEnd, null);
    }

    static long crc(byte[] bytes, int from, int to) {
        CRC32 crc = new CRC32();
        crc.update(bytes, from, to - from);
        return crc.getValue();
    }

    /**
     * The {@code seq} of an event's JSON without parsing it, relying on the field order this store writes
     * ({@code {"type":"…","seq":N,…}}); empty if the JSON does not look like that.
     */
    static Optional<Long> quickSeq(byte[] bytes, int jsonStart, int jsonEnd) {
        byte[] key = {'"', 's', 'e', 'q', '"', ':'};
        int limit = Math.min(jsonEnd - key.length, jsonStart + 64);
        for (int i = jsonStart; i <= limit; i++) {
            if (startsWith(bytes, i, key)) {
                int d = i + key.length;
                long value = 0;
                int digits = 0;
                while (d < jsonEnd && bytes[d] >= '0' && bytes[d] <= '9' && digits < 18) {
                    value = value * 10 + (bytes[d] - '0');
                    d++;
                    digits++;
                }
                return digits > 0 && d < jsonEnd && (bytes[d] == ',' || bytes[d] == '}') ? Optional.of(value) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** True if the event JSON starts with {@code {"type":"NAME"}. */
    static boolean hasType(byte[] bytes, int jsonStart, int jsonEnd, String name) {
        byte[] prefix = ("{\"type\":\"" + name + "\"").getBytes(StandardCharsets.US_ASCII);
        return jsonEnd - jsonStart >= prefix.length && startsWith(bytes, jsonStart, prefix);
    }

    private static boolean startsWith(byte[] bytes, int at, byte[] prefix) {
        if (at < 0 || at + prefix.length > bytes.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static void writeHex(long value, byte[] out, int at) {
        for (int i = HEX_DIGITS - 1; i >= 0; i--) {
            out[at + i] = (byte) Character.forDigit((int) (value & 0xF), 16);
            value >>>= 4;
        }
    }

    private static long readHex(byte[] bytes, int at) {
        long value = 0;
        for (int i = 0; i < HEX_DIGITS; i++) {
            byte b = bytes[at + i];
            int digit = b >= '0' && b <= '9' ? b - '0' : b >= 'a' && b <= 'f' ? b - 'a' + 10 : -1; // as written: lower case
            if (digit < 0) {
                return -1;
            }
            value = (value << 4) | digit;
        }
        return value;
    }

    /**
     * {@link Instant#parse} for the one shape {@link Instant#toString} writes ({@code 2025-03-04T05:06:07[.fraction]Z},
     * four-digit year), about ten times faster, which is most of the cost of reading a long log; anything else goes to
     * {@link Instant#parse} itself.
     */
    static Instant parseInstant(String text) {
        int length = text.length();
        if (length < 20 || length > 30 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(length - 1) != 'Z') {
            return Instant.parse(text);
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        int nano = 0;
        if (length > 20) {
            int fractionDigits = length - 21;
            if (text.charAt(19) != '.' || fractionDigits < 1 || fractionDigits > 9) {
                return Instant.parse(text);
            }
            nano = digits(text, 20, length - 1);
            for (int i = fractionDigits; i < 9 && nano >= 0; i++) {
                nano *= 10;
            }
        }
        if ((year | month | day | hour | minute | second | nano) < 0 || month < 1 || month > 12 || day < 1 || day > 31
                || hour > 23 || minute > 59 || second > 59) {
            return Instant.parse(text); // a leap second, or not a valid instant: let the JDK decide and explain
        }
        if (day > 28 && day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return Instant.parse(text);
        }
        long epochDay = LocalDate.of(year, month, day).toEpochDay();
        return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600L + minute * 60L + second, nano);
    }

    /** The decimal value of {@code text[from, to)}, or -1 if a character is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            int digit = text.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }

    private static final class ToStringSerializer<T> extends JsonSerializer<T> {
        private final Class<T> type;

        ToStringSerializer(Class<T> type) {
            this.type = type;
        }

        @Override
        public Class<T> handledType() {
            return type;
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(value.toString());
        }
    }

    private static final class IsoDeserializer<T> extends JsonDeserializer<T> {
        private final Class<T> type;
        private final java.util.function.Function<String, T> parse;

        IsoDeserializer(Class<T> type, java.util.function.Function<String, T> parse) {
            this.type = type;
            this.parse = parse;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = p.getValueAsString();
            if (text == null) {
                return type.cast(ctxt.handleUnexpectedToken(type, p));
            }
            try {
                return parse.apply(text.trim());
            } catch (DateTimeParseException e) {
                return type.cast(ctxt.handleWeirdStringValue(type, text, "not an ISO-8601 %s: %s", type.getSimpleName(), e.getMessage()));
            }
        }
    }
}
