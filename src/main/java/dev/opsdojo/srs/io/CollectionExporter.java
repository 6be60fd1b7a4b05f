package dev.opsdojo.srs.io;

import dev.opsdojo.storage.AtomicFiles;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opsdojo.content.DeckCard;
import dev.opsdojo.srs.ReviewEvent;
import dev.opsdojo.srs.SrsCard;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Exports the user's collection: all of it as one JSON document that reads back into an equal
 * {@link UserCollection}, or as two CSV files for spreadsheets, {@value #CARDS_CSV} and {@value #REVIEWS_CSV}.
 *
 * <p>CSV files are UTF-8 with a byte order mark (so Excel shows Korean correctly), comma-separated, CRLF, with a
 * header row. Text cells that a spreadsheet would run as a formula are escaped by {@link FormulaEscape}; numbers,
 * instants and state names are written as they are. Tags are joined with spaces, Anki style (a space inside a tag
 * becomes {@code _}). {@value #REVIEWS_CSV} lists the ratings ({@link ReviewEvent.Reviewed}), with {@code undone}
 * true for a rating that was later taken back; suspensions and burials are only in the JSON export.
 *
 * <p>Every file is written to a temporary file and moved into place atomically.
 */
public final class CollectionExporter {
    public static final String CARDS_CSV = "cards.csv";
    public static final String REVIEWS_CSV = "reviews.csv";
    public static final List<String> CARDS_COLUMNS = List.of("id", "topic", "tags", "difficulty", "question", "answer",
            "state", "due", "stabilityDays", "fsrsDifficulty", "reps", "lapses");
    public static final List<String> REVIEWS_COLUMNS = List.of("seq", "at", "cardId", "rating", "stateBefore",
            "stateAfter", "stabilityAfterDays", "fsrsDifficultyAfter", "answerMillis", "undone");
    private static final char SEPARATOR = ',';
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final Clock clock;
    private final ObjectMapper mapper = CollectionJson.mapper();

    /** {@code clock} stamps {@code exportedAt} in the JSON document. */
    public CollectionExporter(Clock clock) {
        this.clock = clock;
    }

    /** The JSON document, pretty-printed. */
    public String toJson(UserCollection collection) {
        try {
            return mapper.writeValueAsString(ExportedCollection.of(collection, clock.instant()));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("the collection could not be written as JSON", e);
        }
    }

    public void writeJson(Path file, UserCollection collection) throws IOException {
        AtomicFiles.write(file, toJson(collection).getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a JSON export; refuses a document from a newer OpsDojo ({@code formatVersion} above ours). */
    public static ExportedCollection readJson(Path file) throws IOException {
        return parseJson(Files.readString(file, StandardCharsets.UTF_8));
    }

    public static ExportedCollection parseJson(String json) throws IOException {
        ExportedCollection read = CollectionJson.mapper().readValue(json, ExportedCollection.class);
        if (read == null) {
            throw new IOException("the export file is empty");
        }
        if (read.formatVersion() > ExportedCollection.CURRENT_FORMAT_VERSION) {
            throw new IOException("this export was made by a newer OpsDojo (format " + read.formatVersion()
                    + "; this version reads up to " + ExportedCollection.CURRENT_FORMAT_VERSION + ")");
        }
        return read;
    }

    /** Writes {@value #CARDS_CSV} and {@value #REVIEWS_CSV} into {@code directory}; returns the two paths. */
    public List<Path> writeCsv(Path directory, UserCollection collection) throws IOException {
        Path cards = directory.resolve(CARDS_CSV);
        Path reviews = directory.resolve(REVIEWS_CSV);
        AtomicFiles.write(cards, withBom(cardsCsv(collection)));
        AtomicFiles.write(reviews, withBom(reviewsCsv(collection)));
        return List.of(cards, reviews);
    }

    /** One row per card, in the order given, with its scheduling state (a card never reviewed is NEW, due empty). */
    public String cardsCsv(UserCollection collection) {
        var csv = new Csv.Writer(SEPARATOR).row(CARDS_COLUMNS);
        for (DeckCard card : collection.cards()) {
            SrsCard srs = collection.schedules().get(card.id());
            csv.text(card.id()).text(card.topic()).text(joinTags(card.tags())).plain(card.difficulty())
                    .text(card.question()).text(card.answer());
            if (srs == null) {
                csv.plain("NEW").plain("").plain(0).plain(0).plain(0).plain(0);
            } else {
                csv.plain(srs.state().name()).plain(srs.due()).plain(number(srs.stability()))
                        .plain(number(srs.difficulty())).plain(srs.reps()).plain(srs.lapses());
            }
            csv.endRow();
        }
        return csv.toString();
    }

    /** One row per rating, in log order. */
    public String reviewsCsv(UserCollection collection) {
        Set<Long> undoneSeqs = new HashSet<>();
        for (ReviewEvent event : collection.reviews()) {
            if (event instanceof ReviewEvent.Undone undone) {
                undoneSeqs.add(undone.undoneSeq());
            }
        }
        var csv = new Csv.Writer(SEPARATOR).row(REVIEWS_COLUMNS);
        for (ReviewEvent event : collection.reviews()) {
            if (event instanceof ReviewEvent.Reviewed r) {
                csv.plain(r.seq()).plain(r.at()).text(r.cardId()).plain(r.rating().display())
                        .plain(r.before() == null ? "" : r.before().state().name())
                        .plain(r.after() == null ? "" : r.after().state().name())
                        .plain(r.after() == null ? "" : number(r.after().stability()))
                        .plain(r.after() == null ? "" : number(r.after().difficulty()))
                        .plain(r.answerMillis())
                        .plain(undoneSeqs.contains(r.seq()))
                        .endRow();
            }
        }
        return csv.toString();
    }

    /** Plain decimal, no exponent, no locale: 12.5, 0.0001, 3. */
    private static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "";
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String joinTags(List<String> tags) {
        return String.join(" ", tags.stream().map(tag -> tag.strip().replaceAll("\\s+", "_")).toList());
    }

    private static byte[] withBom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[UTF8_BOM.length + body.length];
        System.arraycopy(UTF8_BOM, 0, bytes, 0, UTF8_BOM.length);
        System.arraycopy(body, 0, bytes, UTF8_BOM.length, body.length);
        return bytes;
    }
}
