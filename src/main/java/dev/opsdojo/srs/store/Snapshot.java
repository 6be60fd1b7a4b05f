package dev.opsdojo.srs.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.opsdojo.srs.SrsCard;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The contents of {@code collection.json}: the collection after folding in every event up to and including
 * {@code lastSeq}. {@code format} lets a later version recognise (and migrate) this layout.
 *
 * <p>Written and read field by field rather than by reflection on this record, so the module descriptor need not
 * open this package to Jackson (cards are {@link SrsCard}s, whose package is open).
 */
record Snapshot(int format, long lastSeq, Map<String, SrsCard> cards, List<String> suspended, Map<String, LocalDate> buriedUntil) {
    static final int FORMAT = 1;
    private static final ObjectWriter CARD_WRITER = StoreJson.MAPPER.writerFor(SrsCard.class);
    private static final ObjectReader CARD_READER = StoreJson.MAPPER.readerFor(SrsCard.class);

    Snapshot {
        cards = cards == null ? Map.of() : cards;
        suspended = suspended == null ? List.of() : suspended;
        buriedUntil = buriedUntil == null ? Map.of() : buriedUntil;
    }

    static Snapshot empty() {
        return new Snapshot(FORMAT, 0, Map.of(), List.of(), Map.of());
    }

    byte[] toJson() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + cards.size() * 256);
        try (JsonGenerator gen = StoreJson.MAPPER.createGenerator(out)) {
            gen.writeStartObject();
            gen.writeNumberField("format", format);
            gen.writeNumberField("lastSeq", lastSeq);
            gen.writeObjectFieldStart("cards");
            for (Map.Entry<String, SrsCard> card : cards.entrySet()) {
                gen.writeFieldName(card.getKey());
                CARD_WRITER.writeValue(gen, card.getValue());
            }
            gen.writeEndObject();
            gen.writeArrayFieldStart("suspended");
            for (String id : suspended) {
                gen.writeString(id);
            }
            gen.writeEndArray();
            gen.writeObjectFieldStart("buriedUntil");
            for (Map.Entry<String, LocalDate> buried : buriedUntil.entrySet()) {
                gen.writeStringField(buried.getKey(), buried.getValue().toString());
            }
            gen.writeEndObject();
            gen.writeEndObject();
        }
        return out.toByteArray();
    }

    static Snapshot fromJson(byte[] bytes, int offset, int length) throws IOException {
        JsonNode root = StoreJson.MAPPER.readTree(bytes, offset, length);
        if (root == null || !root.isObject()) {
            throw new IOException("the snapshot is not a JSON object");
        }
        int format = required(root, "format").asInt(-1);
        if (format != FORMAT) {
            throw new IOException("unknown snapshot format " + root.get("format") + " (this version reads format " + FORMAT + ")");
        }
        long lastSeq = required(root, "lastSeq").asLong(-1);
        if (lastSeq < 0) {
            throw new IOException("lastSeq is not a non-negative number");
        }
        Map<String, SrsCard> cards = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : required(root, "cards").properties()) {
            SrsCard card = CARD_READER.readValue(entry.getValue());
            if (card == null || !entry.getKey().equals(card.cardId())) {
                throw new IOException("card entry " + entry.getKey() + " holds the state of card " + (card == null ? null : card.cardId()));
            }
            cards.put(entry.getKey(), card);
        }
        List<String> suspended = new ArrayList<>();
        for (JsonNode id : required(root, "suspended")) {
            suspended.add(id.asText());
        }
        Map<String, LocalDate> buried = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : required(root, "buriedUntil").properties()) {
            try {
                buried.put(entry.getKey(), LocalDate.parse(entry.getValue().asText()));
            } catch (DateTimeParseException e) {
                throw new IOException("bury date of card " + entry.getKey() + ": " + e.getMessage(), e);
            }
        }
        return new Snapshot(format, lastSeq, cards, suspended, buried);
    }

    private static JsonNode required(JsonNode root, String field) throws IOException {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            throw new IOException("the field '" + field + "' is missing");
        }
        return node;
    }
}
