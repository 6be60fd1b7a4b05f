package dev.opsdojo.srs.io;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.FromStringDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * The Jackson mapper for exports. {@link Instant} and {@link LocalDate} are written as ISO-8601 strings
 * ({@code 2025-03-04T05:06:07Z}, {@code 2025-03-05}) by a two-type module here, because jackson-datatype-jsr310 is
 * not a dependency. {@code isX()} helpers of the records ({@code SrsCard.isNew}, {@code FollowUp.isCard}) are not
 * properties: only record components are written.
 */
final class CollectionJson {
    private CollectionJson() {
    }

    static ObjectMapper mapper() {
        var isoTime = new SimpleModule("opsdojo-iso-8601")
                .addSerializer(Instant.class, ToStringSerializer.instance)
                .addDeserializer(Instant.class, new IsoDeserializer<>(Instant.class, Instant::parse))
                .addSerializer(LocalDate.class, ToStringSerializer.instance)
                .addDeserializer(LocalDate.class, new IsoDeserializer<>(LocalDate.class, LocalDate::parse));
        return JsonMapper.builder()
                .addModule(isoTime)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
                .build();
    }

    private static final class IsoDeserializer<T> extends FromStringDeserializer<T> {
        private final transient Function<String, T> parse;

        IsoDeserializer(Class<T> type, Function<String, T> parse) {
            super(type);
            this.parse = parse;
        }

        @Override
        protected T _deserialize(String value, DeserializationContext context) throws IOException {
            try {
                return parse.apply(value.strip());
            } catch (DateTimeException notIso) {
                throw context.weirdStringException(value, handledType(), "not an ISO-8601 date or instant");
            }
        }
    }
}
